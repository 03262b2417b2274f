using System.Collections.Immutable;
using AdminDocs.Validation;

namespace AdminDocs.Docx.Package;

/// <summary>Why a package is not opened: a reader diagnostic (AD0001 or AD0002) to be created.</summary>
internal sealed class PackageRejection
{
    private PackageRejection(string id, string variant, string[] arguments)
    {
        Id = id;
        Variant = variant;
        Arguments = arguments;
    }

    /// <summary>The rule id, "AD0001" or "AD0002".</summary>
    public string Id { get; }

    /// <summary>The message variant, e.g. "truncated-zip".</summary>
    public string Variant { get; }

    /// <summary>The message arguments.</summary>
    public string[] Arguments { get; }

    /// <summary>The file cannot be read as a .docx (AD0001).</summary>
    public static PackageRejection Unreadable(string variant, params string[] arguments) => new("AD0001", variant, arguments);

    /// <summary>A limit was hit (AD0002).</summary>
    public static PackageRejection Limit(string variant, params string[] arguments) => new("AD0002", variant, arguments);

    /// <summary>The diagnostic.</summary>
    public ImmutableArray<Diagnostic> ToDiagnostics() =>
        ImmutableArray.Create(ReaderDiagnostics.Create(Id, Variant, null, Arguments));
}
