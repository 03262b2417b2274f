using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace AdminDocs.Tests.TestSupport;

/// <summary>
/// Snapshot testing with golden files kept next to the test: <c>Name.verified.ext</c> is the approved content; on a
/// mismatch the actual content is written to <c>Name.received.ext</c> and the test fails with a line diff. To
/// approve a change, review the diff and copy the received file over the verified one.
/// </summary>
public static class GoldenFile
{
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        var folder = Path.GetDirectoryName(callerFile)!;
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        if (expected is null)
        {
            throw new XunitException($"No golden file {verified}. Review {received} and rename it to approve it.");
        }

        var diff = new StringBuilder();
        foreach (var line in InlineDiffBuilder.Diff(expected, actual).Lines)
        {
            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => null,
            };
            if (prefix is not null)
            {
                diff.Append(prefix).AppendLine(line.Text);
            }
        }

        throw new XunitException($"{name}.{extension} differs from the golden file (- verified, + received):\n{diff}\nIf the change is intended, copy {received} over {verified}.");
    }
}
