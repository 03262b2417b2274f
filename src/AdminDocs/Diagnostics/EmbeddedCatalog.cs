using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AdminDocs;

/// <summary>Reads the TSV catalogs embedded in the assembly (copies of the project's spec files).</summary>
internal static class EmbeddedCatalog
{
    /// <summary>The names of the embedded catalogs whose file name starts with <paramref name="prefix"/>.</summary>
    public static IEnumerable<string> Names(string prefix)
    {
        const string Root = "AdminDocs.Catalog.";
        foreach (var name in typeof(EmbeddedCatalog).Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(Root + prefix, StringComparison.Ordinal) && name.EndsWith(".tsv", StringComparison.Ordinal))
            {
                yield return name.Substring(Root.Length);
            }
        }
    }

    /// <summary>Reads the data rows (header skipped) of an embedded TSV file.</summary>
    public static IEnumerable<string[]> ReadTsv(string name)
    {
        var assembly = typeof(EmbeddedCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream("AdminDocs.Catalog." + name)
            ?? throw new InvalidOperationException($"The catalog '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        var first = true;
        while (reader.ReadLine() is { } line)
        {
            if (first)
            {
                first = false;
                continue;
            }

            if (line.Length > 0)
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
