using System;
using System.Collections.Generic;
using System.IO;
using AdminDocs.Validation;

namespace AdminDocs.Configuration;

/// <summary>
/// Finds the configuration of each file: the one given with <c>--config</c> for every file, or else the nearest
/// <c>admindocs.json</c> walking up from the file's folder (nearest wins; files are not merged), up to and including
/// the root of the repository the file is in (the folder holding <c>.git</c>), else the filesystem root — so that a
/// configuration outside a checkout never changes what CI reports for it. Each folder is looked at and each file parsed once. Not thread-safe: resolve before validating in parallel.
/// </summary>
public sealed class ConfigResolver
{
    private readonly AdminDocsConfig? _explicit;
    private readonly Validator? _validator;
    private readonly Dictionary<string, AdminDocsConfig?> _byFolder = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver.</summary>
    /// <param name="explicitConfig">The configuration for every file (the tool's <c>--config</c>), or
    /// <see langword="null"/> to search for <c>admindocs.json</c>.</param>
    /// <param name="validator">The validator whose rules the files may name, or <see langword="null"/> for
    /// <see cref="Validator.Default"/>.</param>
    public ConfigResolver(AdminDocsConfig? explicitConfig = null, Validator? validator = null)
    {
        _explicit = explicitConfig;
        _validator = validator;
    }

    /// <summary>The configuration of a file.</summary>
    /// <param name="file">The file, or <see langword="null"/> for standard input (searched from the current folder).</param>
    /// <returns>The configuration, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ConfigException">A configuration file found is invalid.</exception>
    public AdminDocsConfig? For(string? file)
    {
        if (_explicit is not null)
        {
            return _explicit;
        }

        var folder = file is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(file));
        return folder is null ? null : InFolder(folder);
    }

    private AdminDocsConfig? InFolder(string folder)
    {
        if (_byFolder.TryGetValue(folder, out var known))
        {
            return known;
        }

        var candidate = Path.Combine(folder, AdminDocsConfig.FileName);
        AdminDocsConfig? found;
        if (File.Exists(candidate))
        {
            found = AdminDocsConfig.Load(candidate, _validator);
        }
        else if (IsRepositoryRoot(folder))
        {
            found = null;
        }
        else
        {
            var parent = Path.GetDirectoryName(folder);
            found = parent is null || parent == folder ? null : InFolder(parent);
        }

        _byFolder[folder] = found;
        return found;
    }

    // A clone has a .git folder; a worktree or a submodule has a .git file.
    private static bool IsRepositoryRoot(string folder)
    {
        var git = Path.Combine(folder, ".git");
        return Directory.Exists(git) || File.Exists(git);
    }
}
