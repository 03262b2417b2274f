using System;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Validation;

namespace AdminDocs.Building;

/// <summary>
/// Thrown by <see cref="DocumentBuilder.Build"/> when the validator finds an error in the document the builder's
/// content makes (a báo cáo without issuer: AD2101; KT. without the deputy's title: AD5003), or when the content
/// puts a part where the builder cannot place it (an Điều inside a khoản). Every finding at error severity is listed
/// in <see cref="Diagnostics"/>, not only the first, each with the builder call that fixes it
/// (<see cref="BuildHints"/>), in Vietnamese or English.
/// </summary>
public sealed class DocumentBuildException : InvalidOperationException
{
    /// <summary>Creates the exception for the findings that make the document fail.</summary>
    /// <param name="diagnostics">The findings, at least one.</param>
    public DocumentBuildException(ImmutableArray<Diagnostic> diagnostics)
        : base(Format(diagnostics, MessageLanguage.English))
    {
        Diagnostics = diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : diagnostics;
    }

    /// <summary>Creates the exception for the findings that make the document fail, with its cause.</summary>
    /// <param name="diagnostics">The findings, at least one.</param>
    /// <param name="innerException">The cause (e.g. the builder's exception that <see cref="DocumentSpec"/> restates
    /// with JSON paths).</param>
    public DocumentBuildException(ImmutableArray<Diagnostic> diagnostics, Exception? innerException)
        : base(Format(diagnostics, MessageLanguage.English), innerException)
    {
        Diagnostics = diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : diagnostics;
    }

    /// <summary>Creates the exception with a message only (no listed finding).</summary>
    public DocumentBuildException()
        : this("The document cannot be built.")
    {
    }

    /// <summary>Creates the exception with a message only (no listed finding).</summary>
    /// <param name="message">The message.</param>
    public DocumentBuildException(string message)
        : base(message)
    {
        Diagnostics = ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>The findings at error severity, sorted as the validator sorts them (missing components first).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The message in a language: every finding on its own line, with its model path, rule id, message
    /// and the builder call that fixes it. (<see cref="Exception.Message"/> is the English one.)</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string GetMessage(MessageLanguage language) =>
        Diagnostics.IsDefaultOrEmpty ? Message : Format(Diagnostics, language);

    private static string Format(ImmutableArray<Diagnostic> diagnostics, MessageLanguage language) =>
        (language == MessageLanguage.English ? "The document cannot be built:" : "Không tạo được văn bản:")
        + (diagnostics.IsDefaultOrEmpty ? string.Empty : string.Concat(diagnostics.Select(d => Environment.NewLine + "- " + BuildHints.Describe(d, language))));
}
