using System;

namespace AdminDocs.Sources;

/// <summary>
/// The kinds of facts a source format can supply. Rules declare which facts they need; a rule whose facts the
/// source lacks is reported as "not checked", never as passed or failed.
/// </summary>
[Flags]
public enum SourceFacts
{
    /// <summary>Only text: what every format gives (plain text gives nothing more).</summary>
    Text = 0,

    /// <summary>Typography and layout: fonts, sizes, bold/italic, alignment, indents, spacing, table cells.</summary>
    Layout = 1,

    /// <summary>Page facts: paper size, orientation, margins, page headers/footers and page numbers.</summary>
    Page = 2,
}
