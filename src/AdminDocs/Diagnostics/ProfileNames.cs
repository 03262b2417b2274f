using System;

namespace AdminDocs.Validation;

/// <summary>The names of profiles, stages and severities as they appear in JSON and on the command line.</summary>
public static class ProfileNames
{
    /// <summary>The name of a profile: "ND30", "TT01" or "HD36".</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Its name.</returns>
    public static string ToName(this DocumentProfile profile) => profile switch
    {
        DocumentProfile.Nd30 => "ND30",
        DocumentProfile.Tt01 => "TT01",
        DocumentProfile.Hd36 => "HD36",
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };

    /// <summary>Parses "ND30", "TT01" or "HD36" (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseProfile(string? name, out DocumentProfile profile)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "ND30":
                profile = DocumentProfile.Nd30;
                return true;
            case "TT01":
                profile = DocumentProfile.Tt01;
                return true;
            case "HD36":
                profile = DocumentProfile.Hd36;
                return true;
            default:
                profile = default;
                return false;
        }
    }

    /// <summary>The name of a stage: "draft" or "issued".</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its name.</returns>
    public static string ToName(this ValidationStage stage) => stage == ValidationStage.Issued ? "issued" : "draft";

    /// <summary>The name of a severity: "error", "warning" or "info".</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Its name.</returns>
    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Parses "error", "warning" or "info" (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseSeverity(string? name, out DiagnosticSeverity severity)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "ERROR":
                severity = DiagnosticSeverity.Error;
                return true;
            case "WARNING":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "INFO":
                severity = DiagnosticSeverity.Info;
                return true;
            default:
                severity = default;
                return false;
        }
    }
}
