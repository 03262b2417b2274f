using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>Turns the paths of the command line into the list of files to validate.</summary>
internal static class InputFiles
{
    private static readonly EnumerationOptions FolderSearch = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
        ReturnSpecialDirectories = false,
    };

    /// <summary>
    /// Expands the paths in order: a file is kept as given (even one no reader handles: the validator reports it
    /// as AD0001); a folder is replaced, in place, by the files under it (recursively, hidden ones skipped) whose
    /// extension one of <paramref name="validator"/>'s readers handles, sorted by ordinal comparison of their full
    /// paths. A file met twice is kept once, at its first place.
    /// </summary>
    /// <param name="paths">The paths as given.</param>
    /// <param name="validator">The validator whose readers decide which files of a folder to take.</param>
    /// <param name="missing">The paths that are neither a file nor a folder.</param>
    /// <returns>The files, each as the user would write it (the folder as given, joined with the file's relative path).</returns>
    /// <exception cref="IOException">A folder cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A folder cannot be read.</exception>
    public static IReadOnlyList<string> Collect(IEnumerable<string> paths, Validator validator, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", FolderSearch)
                    .Where(f => validator.FindReader(f) is not null)
                    .Select(f => (Path: f, FullPath: Path.GetFullPath(f)))
                    .OrderBy(f => f.FullPath, StringComparer.Ordinal);
                foreach (var (file, fullPath) in found)
                {
                    if (seen.Add(fullPath))
                    {
                        files.Add(file);
                    }
                }
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(path);
                }
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files;
    }
}
