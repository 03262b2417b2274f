using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Validation;
using Microsoft.Extensions.FileSystemGlobbing;

namespace AdminDocs.Cli;

/// <summary>Turns the paths of the command line into the list of files to validate.</summary>
internal static class InputFiles
{
    /// <summary>The argument that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The name standard input is reported under.</summary>
    public const string StandardInputName = "<stdin>";

    private static readonly EnumerationOptions FolderSearch = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Whether a command-line path is a glob pattern: it contains <c>*</c> and is not an existing file or
    /// folder (a file may really be called "a*.txt" on Linux).</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>Whether to expand it as a pattern.</returns>
    public static bool IsGlob(string path) =>
        path.Contains('*', StringComparison.Ordinal) && !File.Exists(path) && !Directory.Exists(path);

    /// <summary>
    /// Expands the paths in order: a file is kept as given (even one no reader handles: the validator reports it
    /// as AD0001); a folder is replaced, in place, by the files under it (recursively, hidden ones skipped) whose
    /// extension one of <paramref name="validator"/>'s readers handles, sorted by ordinal comparison of their full
    /// paths; a glob pattern (<c>reports/**/*.docx</c>) is replaced the same way by the files it matches that a
    /// reader handles; <c>-</c> (standard input) is kept as <see cref="StandardInput"/>. A file met twice is kept
    /// once, at its first place.
    /// </summary>
    /// <param name="paths">The paths as given.</param>
    /// <param name="validator">The validator whose readers decide which files of a folder or a pattern to take.</param>
    /// <param name="errors">One message per path that is neither a file nor a folder, and per pattern that matches no file.</param>
    /// <returns>The files, each as the user would write it (the folder as given, joined with the file's relative path).</returns>
    /// <exception cref="IOException">A folder cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A folder cannot be read.</exception>
    public static IReadOnlyList<string> Collect(IEnumerable<string> paths, Validator validator, out IReadOnlyList<string> errors)
    {
        var files = new List<string>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void AddSorted(IEnumerable<string> found)
        {
            foreach (var (file, fullPath) in found
                .Select(f => (Path: f, FullPath: Path.GetFullPath(f)))
                .OrderBy(f => f.FullPath, StringComparer.Ordinal))
            {
                if (seen.Add(fullPath))
                {
                    files.Add(file);
                }
            }
        }

        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                if (seen.Add(StandardInput))
                {
                    files.Add(StandardInput);
                }
            }
            else if (Directory.Exists(path))
            {
                AddSorted(Directory.EnumerateFiles(path, "*", FolderSearch).Where(f => validator.FindReader(f) is not null));
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(path);
                }
            }
            else if (IsGlob(path))
            {
                var matched = ExpandGlob(path).Where(f => validator.FindReader(f) is not null).ToList();
                if (matched.Count == 0)
                {
                    problems.Add($"'{path}': the pattern matches no file with a supported extension ({string.Join(", ", ValidateCommand.SupportedExtensions(validator))}).");
                }

                AddSorted(matched);
            }
            else
            {
                problems.Add($"'{path}': no such file or folder.");
            }
        }

        errors = problems;
        return files;
    }

    /// <summary>
    /// The files a glob pattern matches (<c>*</c> within a name, <c>**</c> across folders),
    /// written as the pattern's literal folder prefix joined with each file's relative path. The folders before the
    /// first wildcard are the base searched; a missing base matches nothing.
    /// </summary>
    /// <param name="pattern">The pattern, absolute or relative to the current folder, with / or \ separators.</param>
    /// <returns>The files, in no particular order.</returns>
    public static IEnumerable<string> ExpandGlob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var literal = 0;
        while (literal < segments.Length - 1 && !segments[literal].Contains('*', StringComparison.Ordinal))
        {
            literal++;
        }

        var prefix = string.Join("/", segments.Take(literal));
        var rest = string.Join("/", segments.Skip(literal));
        var baseFolder = literal == 0 ? "." : (prefix.Length == 0 ? "/" : prefix);
        if (!Directory.Exists(baseFolder))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        // Matcher.GetResultsInFullPath would lose the form the user wrote; keep the prefix as written.
        return matcher.Execute(new Microsoft.Extensions.FileSystemGlobbing.Abstractions.DirectoryInfoWrapper(new DirectoryInfo(baseFolder)))
            .Files
            .Select(f => literal == 0 ? f.Path : (prefix.Length == 0 ? "/" : prefix + "/") + f.Path)
            .Select(p => p.Replace('/', Path.DirectorySeparatorChar));
    }
}
