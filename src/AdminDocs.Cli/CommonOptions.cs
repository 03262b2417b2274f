using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>The options several commands share, made in one place so that their words and defaults agree.</summary>
internal static class CommonOptions
{
    /// <summary>The message language: <c>--lang vi|en</c>, Vietnamese by default.</summary>
    /// <param name="description">The help text.</param>
    /// <returns>A new option (System.CommandLine options belong to one command).</returns>
    public static ChoiceOption<MessageLanguage> Language(string description = "The language of the messages: Vietnamese (vi) or English (en).") => new(
        "--lang",
        [],
        description,
        "vi",
        ("vi", MessageLanguage.Vietnamese),
        ("en", MessageLanguage.English));

    /// <summary>The profile: <c>--profile auto|ND30|TT01|HD36</c>; auto (<see langword="null"/>) by default.</summary>
    /// <param name="description">The help text: what the profile decides for the command.</param>
    /// <returns>A new option.</returns>
    public static ChoiceOption<DocumentProfile?> Profile(string description) => new(
        "--profile",
        [],
        description,
        "auto",
        ("auto", null),
        ("ND30", DocumentProfile.Nd30),
        ("TT01", DocumentProfile.Tt01),
        ("HD36", DocumentProfile.Hd36));

    /// <summary>The help text of <c>--profile</c> for the commands that write a document.</summary>
    public const string LayoutProfileDescription =
        "The layout of a .docx: auto follows the document (dated before 05/3/2020: TT01, page number bottom right; Party heading: HD36; otherwise ND30).";
}
