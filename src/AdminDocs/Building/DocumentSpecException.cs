using System;
using System.Collections.Immutable;
using System.Linq;

namespace AdminDocs.Building;

/// <summary>
/// Thrown by <see cref="DocumentSpec"/> when a JSON document spec cannot be read or does not make a conformant
/// document: bad JSON, an unknown key, a wrong type, an invalid value, or a problem found when the document is built.
/// Every error is listed with the JSON path of the value it is about (<c>$.signatures[0].chain[1]</c>).
/// </summary>
public sealed class DocumentSpecException : FormatException
{
    /// <summary>Creates the exception for a list of errors.</summary>
    /// <param name="errors">The errors, at least one.</param>
    public DocumentSpecException(ImmutableArray<DocumentSpecError> errors)
        : base(Format(errors))
    {
        Errors = errors.IsDefault ? ImmutableArray<DocumentSpecError>.Empty : errors;
    }

    /// <summary>Creates the exception for a list of errors, with the exception that caused them.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="innerException">The cause (a <see cref="System.Text.Json.JsonException"/> or a <see cref="DocumentBuildException"/>).</param>
    public DocumentSpecException(ImmutableArray<DocumentSpecError> errors, Exception? innerException)
        : base(Format(errors), innerException)
    {
        Errors = errors.IsDefault ? ImmutableArray<DocumentSpecError>.Empty : errors;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DocumentSpecException()
        : this("The document spec is not valid.")
    {
    }

    /// <summary>Creates the exception with a message only (path "$").</summary>
    /// <param name="message">The message.</param>
    public DocumentSpecException(string message)
        : base(message)
    {
        Errors = ImmutableArray.Create(new DocumentSpecError("$", message));
    }

    /// <summary>Creates the exception with a message (path "$") and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = ImmutableArray.Create(new DocumentSpecError("$", message));
    }

    /// <summary>The errors in the order of the spec.</summary>
    public ImmutableArray<DocumentSpecError> Errors { get; }

    /// <summary>The JSON path of the first error ("$" for the whole spec).</summary>
    public string Path => Errors.IsDefaultOrEmpty ? "$" : Errors[0].Path;

    private static string Format(ImmutableArray<DocumentSpecError> errors) =>
        errors.IsDefaultOrEmpty
            ? "The document spec is not valid."
            : errors.Length == 1
                ? "The document spec is not valid: " + errors[0]
                : "The document spec is not valid:" + string.Concat(errors.Select(e => Environment.NewLine + "- " + e));
}

/// <summary>One error of a JSON document spec.</summary>
/// <param name="Path">The JSON path of the value ("$.number", "$.body[3].content[0]").</param>
/// <param name="Message">What is wrong.</param>
/// <param name="RuleId">The rule of the catalog behind it, when the error comes from building the document.</param>
public sealed record DocumentSpecError(string Path, string Message, string? RuleId = null)
{
    /// <inheritdoc/>
    public override string ToString() => RuleId is null ? $"{Path}: {Message}" : $"{Path}: {RuleId} {Message}";
}
