using System;
using System.Collections.Immutable;
using System.Linq;

namespace AdminDocs.Building;

/// <summary>
/// Thrown by <see cref="DocumentBuilder.Build"/> when the builder's content cannot make a conformant document: a
/// missing component (a báo cáo without issuer), a wrong combination (KT. without the deputy's title, an Điều inside a
/// khoản) or any error or warning the text rules of Nghị định 30 would report on the result. Every problem is listed,
/// not only the first.
/// </summary>
public sealed class DocumentBuildException : InvalidOperationException
{
    /// <summary>Creates the exception for a list of problems.</summary>
    /// <param name="problems">The problems, at least one.</param>
    public DocumentBuildException(ImmutableArray<DocumentBuildProblem> problems)
        : base(Format(problems))
    {
        Problems = problems.IsDefault ? ImmutableArray<DocumentBuildProblem>.Empty : problems;
    }

    /// <summary>Creates the exception with a message only (no listed problem).</summary>
    public DocumentBuildException()
        : this("The document cannot be built.")
    {
    }

    /// <summary>Creates the exception with a message only (no listed problem).</summary>
    /// <param name="message">The message.</param>
    public DocumentBuildException(string message)
        : base(message)
    {
        Problems = ImmutableArray<DocumentBuildProblem>.Empty;
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = ImmutableArray<DocumentBuildProblem>.Empty;
    }

    /// <summary>The problems, in the order of the document's components.</summary>
    public ImmutableArray<DocumentBuildProblem> Problems { get; }

    private static string Format(ImmutableArray<DocumentBuildProblem> problems) =>
        problems.IsDefaultOrEmpty
            ? "The document cannot be built."
            : "The document cannot be built:" + string.Concat(problems.Select(p => Environment.NewLine + "- " + p));
}

/// <summary>One reason why a document cannot be built.</summary>
/// <param name="Path">The component, as a model path ("signatures[0]", "body[1].children[0]", "number").</param>
/// <param name="Message">What is wrong and how to fix it (English, with the Vietnamese terms).</param>
/// <param name="RuleId">The rule of the catalog that would report it (e.g. "AD5003"), or <see langword="null"/>.</param>
public sealed record DocumentBuildProblem(string Path, string Message, string? RuleId = null)
{
    /// <inheritdoc/>
    public override string ToString() => RuleId is null ? $"{Path}: {Message}" : $"{Path}: {RuleId} {Message}";
}
