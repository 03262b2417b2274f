using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>
/// Drives the installed LibreOffice (<c>soffice --headless</c>) and poppler (<c>pdfinfo</c>, <c>pdftotext</c>,
/// <c>pdftoppm</c>). Calls are serialized (one soffice at a time in this process), each run uses a private user
/// profile in a fresh temporary folder, and every process has a generous timeout after which it is killed.
/// </summary>
internal static class LibreOffice
{
    private static readonly Lock Gate = new();

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Converts a .docx to PDF and returns the PDF's path (in a fresh temporary folder).</summary>
    public static string ToPdf(byte[] docx, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "admindocs-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, name + ".docx");
        File.WriteAllBytes(input, docx);
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        lock (Gate)
        {
            Run("soffice", folder, "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, input);
        }

        var pdf = Path.Combine(folder, name + ".pdf");
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException("LibreOffice wrote no PDF for " + input + ".");
    }

    public static int PageCount(string pdf)
    {
        foreach (var line in Run("pdfinfo", null, pdf).Split('\n'))
        {
            if (line.StartsWith("Pages:", StringComparison.Ordinal))
            {
                return int.Parse(line.Substring(6).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("pdfinfo gave no page count for " + pdf + ".");
    }

    /// <summary>The text of one page laid out as printed (<c>pdftotext -layout</c>).</summary>
    public static string PageText(string pdf, int page) =>
        Run("pdftotext", null, "-layout", "-enc", "UTF-8", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-")
            .Normalize(NormalizationForm.FormC);

    /// <summary>Renders page 1 as a PNG at <paramref name="dpi"/> to <paramref name="png"/>.</summary>
    public static void RenderFirstPage(string pdf, string png, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, "page");
        Run("pdftoppm", null, "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
        File.Copy(prefix + ".png", png, overwrite: true);
    }

    private static string Run(string tool, string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(tool + " is not installed (.ci/run installs LibreOffice and poppler-utils): " + ex.Message, ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(tool + " did not finish in " + Timeout + ".");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(tool + " failed with exit code " + process.ExitCode + ": " + stderr.Result);
            }

            return stdout.Result;
        }
    }
}
