using System.Threading;
using AdminDocs.Sources;

namespace AdminDocs.Recognition;

/// <summary>Builds the <see cref="AdminDocument"/> from a <see cref="SourceDocument"/>, whatever its format.</summary>
public static class DocumentRecognizer
{
    /// <summary>Recognizes the components of a document.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The document.</returns>
    public static AdminDocument Recognize(SourceDocument source, CancellationToken cancellationToken = default) =>
        new() { Source = source };
}
