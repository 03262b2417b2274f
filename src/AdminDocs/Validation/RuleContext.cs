using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AdminDocs.Sources;

namespace AdminDocs.Validation;

/// <summary>What a rule sees while it runs: the document, its source, the profile and stage, the options, and
/// the methods to report findings.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _sink;

    internal RuleContext(
        Rule rule,
        AdminDocument document,
        DocumentProfile profile,
        ValidationOptions options,
        List<Diagnostic> sink,
        CancellationToken cancellationToken)
    {
        Rule = rule;
        Document = document;
        Source = document.Source ?? SourceDocument.Empty;
        Profile = profile;
        Options = options;
        _sink = sink;
        CancellationToken = cancellationToken;
    }

    /// <summary>The rule being run.</summary>
    public Rule Rule { get; }

    /// <summary>The document.</summary>
    public AdminDocument Document { get; }

    /// <summary>The source the document was recognized from (empty for a document built in code).</summary>
    public SourceDocument Source { get; }

    /// <summary>The profile in force.</summary>
    public DocumentProfile Profile { get; }

    /// <summary>The stage the document is validated for.</summary>
    public ValidationStage Stage => Options.Stage;

    /// <summary>The options.</summary>
    public ValidationOptions Options { get; }

    /// <summary>
    /// Whether the reader found text in a legacy Vietnamese encoding (AD0003): such text is mojibake, so checks of
    /// letter case (capitals, title case) say nothing about it and are skipped.
    /// </summary>
    public bool HasLegacyEncoding => Source.Diagnostics.Any(d => d.Id == "AD0003");

    /// <summary>Signals that validation should stop.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding with the rule's default severity and message.</summary>
    /// <param name="modelPath">The model path, e.g. "number.symbol".</param>
    /// <param name="location">Where in the file, or <see langword="null"/> for a missing component.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Report(string modelPath, SourceLocation? location, params string[] arguments) =>
        Add(Rule.Descriptor.DefaultSeverity, Rule.Descriptor.Id, modelPath, location, arguments);

    /// <summary>Reports a finding with one of the rule's message variants (key <c>id.variant</c>).</summary>
    /// <param name="variant">The variant, e.g. "space-before-slash".</param>
    /// <param name="modelPath">The model path.</param>
    /// <param name="location">Where in the file.</param>
    /// <param name="arguments">The message arguments.</param>
    public void ReportVariant(string variant, string modelPath, SourceLocation? location, params string[] arguments) =>
        Add(Rule.Descriptor.DefaultSeverity, Rule.Descriptor.Id + "." + variant, modelPath, location, arguments);

    /// <summary>Reports a finding with a severity other than the default (e.g. an error in stage "issued").</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="modelPath">The model path.</param>
    /// <param name="location">Where in the file.</param>
    /// <param name="arguments">The message arguments.</param>
    public void ReportWithSeverity(DiagnosticSeverity severity, string modelPath, SourceLocation? location, params string[] arguments) =>
        Add(severity, Rule.Descriptor.Id, modelPath, location, arguments);

    private void Add(DiagnosticSeverity severity, string key, string modelPath, SourceLocation? location, string[] arguments)
    {
        if (Options.RuleSeverities.TryGetValue(Rule.Descriptor.Id, out var configured) && configured is { } s)
        {
            severity = s;
        }

        _sink.Add(new Diagnostic(Rule.Descriptor, severity, key, (arguments ?? Array.Empty<string>()).ToImmutableArray(), modelPath, location) { Profile = Profile });
    }
}
