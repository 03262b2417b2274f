namespace AdminDocs.Cli;

/// <summary>The exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>Every file was validated and no diagnostic is at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>At least one diagnostic is at or above <c>--fail-on</c>.</summary>
    public const int ValidationFailed = 1;

    /// <summary>A usage error (unknown option or value, no path) or an I/O error (path not found, unreadable file,
    /// output not writable).</summary>
    public const int UsageOrIoError = 2;

    /// <summary>An unexpected failure inside the tool or the library (a bug: the message asks to report it).</summary>
    public const int InternalError = 3;
}
