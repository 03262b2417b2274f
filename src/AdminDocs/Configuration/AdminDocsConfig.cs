using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using AdminDocs.Validation;
using Microsoft.Extensions.FileSystemGlobbing;

namespace AdminDocs.Configuration;

/// <summary>A configuration file (or another input file of the tool, such as a baseline) cannot be read or is invalid:
/// the message names the file, the JSON path and the valid choices.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConfigException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>One entry of <c>overrides</c>: rule settings for the files its patterns match.</summary>
/// <param name="Files">The glob patterns, relative to the configuration file's folder.</param>
/// <param name="Rules">The rule settings by id (a <see langword="null"/> severity turns the rule off).</param>
public sealed record ConfigOverride(ImmutableArray<string> Files, ImmutableDictionary<string, DiagnosticSeverity?> Rules);

/// <summary>
/// An <c>admindocs.json</c> file (see docs/configuration.md): read with <see cref="JsonDocument"/> (comments and
/// trailing commas allowed), every key and value checked, so that a typo is an error rather than a silent default —
/// the same file and the same messages as the <c>admindocs</c> tool. Rule ids and names are checked against a
/// validator's rules, so an app's own rules (<see cref="IValidatorExtension"/>) can be turned off or given another
/// severity. <see cref="ConfigResolver"/> finds the file of each document; <see cref="OptionsFor"/> gives the
/// <see cref="ValidationOptions"/> to validate it with. Immutable.
/// </summary>
/// <example>
/// <code>
/// Validator validator = Validator.CreateBuilder().Use(new MyOrgRules()).Build();
/// AdminDocsConfig? config = new ConfigResolver(validator: validator).For("van-ban/bao-cao.txt");
/// ValidationOptions options = config?.OptionsFor("van-ban/bao-cao.txt") ?? ValidationOptions.Default;
/// ValidationResult result = validator.ValidateFile("van-ban/bao-cao.txt", options);
/// </code>
/// </example>
public sealed record AdminDocsConfig
{
    /// <summary>The file name searched for in each folder.</summary>
    public const string FileName = "admindocs.json";

    private static readonly string[] TopLevelKeys = ["$schema", "profile", "stage", "lang", "rules", "ruleOptions", "ignore", "overrides"];
    private static readonly string[] RuleOptionKeys = ["knownAbbreviations", "mixedCaseSymbolGroups", "allowAcademicTitles"];
    private static readonly string[] OverrideKeys = ["files", "rules"];
    private static readonly string[] RuleValues = ["off", "error", "warning", "info"];
    private static readonly string[] Profiles = ["auto", "ND30", "TT01", "HD36"];
    private static readonly string[] Stages = ["draft", "issued"];
    private static readonly string[] Languages = ["vi", "en"];

    /// <summary>The file, as a full path.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The folder the file is in: the base of its glob patterns.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path) ?? ".";

    /// <summary>Whether <c>profile</c> is set.</summary>
    public bool HasProfile { get; init; }

    /// <summary>The profile (<see langword="null"/>: auto), when <see cref="HasProfile"/>.</summary>
    public DocumentProfile? Profile { get; init; }

    /// <summary>The stage, or <see langword="null"/> when not set.</summary>
    public ValidationStage? Stage { get; init; }

    /// <summary>The message language, or <see langword="null"/> when not set.</summary>
    public MessageLanguage? Language { get; init; }

    /// <summary>The rule settings by id.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> Rules { get; init; } = ImmutableDictionary<string, DiagnosticSeverity?>.Empty;

    /// <summary>The organisation's abbreviations for AD2210, or default when not set.</summary>
    public ImmutableArray<string> KnownAbbreviations { get; init; }

    /// <summary>The organisation's mixed-case ký hiệu groups for AD2207, or default when not set.</summary>
    public ImmutableArray<string> MixedCaseSymbolGroups { get; init; }

    /// <summary>Whether academic titles are allowed before the signer's name (AD5008), or <see langword="null"/>.</summary>
    public bool? AllowAcademicTitles { get; init; }

    /// <summary>Glob patterns of files not to validate, relative to <see cref="Folder"/>.</summary>
    public ImmutableArray<string> Ignore { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Per-path rule settings, applied in order (a later one wins).</summary>
    public ImmutableArray<ConfigOverride> Overrides { get; init; } = ImmutableArray<ConfigOverride>.Empty;

    /// <summary>Reads and checks a configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="validator">The validator whose rules the file may name, or <see langword="null"/> for
    /// <see cref="Validator.Default"/> (the catalog).</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigException">The file cannot be read or is invalid.</exception>
    public static AdminDocsConfig Load(string path, Validator? validator = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ConfigException($"{path}: cannot read the configuration file: {ex.Message}", ex);
        }

        return Parse(text, System.IO.Path.GetFullPath(path), validator);
    }

    /// <summary>Parses and checks a configuration.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="path">The full path of the file (for messages and the base of patterns).</param>
    /// <param name="validator">The validator whose rules the file may name, or <see langword="null"/> for
    /// <see cref="Validator.Default"/>.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigException">The JSON is invalid.</exception>
    public static AdminDocsConfig Parse(string json, string path, Validator? validator = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            throw new ConfigException($"{path}: not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var reader = new Reader(path, validator ?? Validator.Default);
            reader.Expect(root, "$", JsonValueKind.Object, "an object");
            var config = new AdminDocsConfig { Path = path };
            foreach (var property in root.EnumerateObject())
            {
                var at = "$." + property.Name;
                var value = property.Value;
                switch (property.Name)
                {
                    case "$schema":
                        reader.Expect(value, at, JsonValueKind.String, "a string (the schema's path or URL)");
                        break;
                    case "profile":
                        var profile = reader.Choice(value, at, Profiles);
                        config = config with { HasProfile = true, Profile = profile == "auto" ? null : ProfileNames.TryParseProfile(profile, out var p) ? p : null };
                        break;
                    case "stage":
                        config = config with { Stage = reader.Choice(value, at, Stages) == "issued" ? ValidationStage.Issued : ValidationStage.Draft };
                        break;
                    case "lang":
                        config = config with { Language = reader.Choice(value, at, Languages) == "en" ? MessageLanguage.English : MessageLanguage.Vietnamese };
                        break;
                    case "rules":
                        config = config with { Rules = reader.RuleSettings(value, at) };
                        break;
                    case "ruleOptions":
                        reader.Expect(value, at, JsonValueKind.Object, "an object");
                        foreach (var option in value.EnumerateObject())
                        {
                            var optionAt = at + "." + option.Name;
                            switch (option.Name)
                            {
                                case "knownAbbreviations":
                                    config = config with { KnownAbbreviations = reader.Strings(option.Value, optionAt) };
                                    break;
                                case "mixedCaseSymbolGroups":
                                    config = config with { MixedCaseSymbolGroups = reader.Strings(option.Value, optionAt) };
                                    break;
                                case "allowAcademicTitles":
                                    if (option.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                                    {
                                        throw reader.Error(optionAt, $"expected true or false, found {Describe(option.Value)}");
                                    }

                                    config = config with { AllowAcademicTitles = option.Value.GetBoolean() };
                                    break;
                                default:
                                    throw reader.Unknown(optionAt, option.Name, RuleOptionKeys);
                            }
                        }

                        break;
                    case "ignore":
                        config = config with { Ignore = reader.Strings(value, at) };
                        break;
                    case "overrides":
                        reader.Expect(value, at, JsonValueKind.Array, "an array of { \"files\": [...], \"rules\": {...} }");
                        var overrides = ImmutableArray.CreateBuilder<ConfigOverride>();
                        var index = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            var itemAt = at + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                            reader.Expect(item, itemAt, JsonValueKind.Object, "an object with \"files\" and \"rules\"");
                            ImmutableArray<string>? files = null;
                            var rules = ImmutableDictionary<string, DiagnosticSeverity?>.Empty;
                            foreach (var entry in item.EnumerateObject())
                            {
                                switch (entry.Name)
                                {
                                    case "files":
                                        files = reader.Strings(entry.Value, itemAt + ".files");
                                        break;
                                    case "rules":
                                        rules = reader.RuleSettings(entry.Value, itemAt + ".rules");
                                        break;
                                    default:
                                        throw reader.Unknown(itemAt + "." + entry.Name, entry.Name, OverrideKeys);
                                }
                            }

                            if (files is not { Length: > 0 } patterns)
                            {
                                throw reader.Error(itemAt + ".files", "required: a non-empty array of glob patterns (e.g. [\"old/**\"])");
                            }

                            overrides.Add(new ConfigOverride(patterns, rules));
                            index++;
                        }

                        config = config with { Overrides = overrides.ToImmutable() };
                        break;
                    default:
                        throw reader.Unknown(at, property.Name, TopLevelKeys);
                }
            }

            return config;
        }
    }

    /// <summary>The options to validate <paramref name="file"/> with under this configuration: its profile (auto
    /// when not set) and stage (draft when not set), then <see cref="Apply"/>. The tool's <c>--profile</c> and
    /// <c>--stage</c>, when given, win over the file's (an app passes its own base options to <see cref="Apply"/>).</summary>
    /// <param name="file">The file, or <see langword="null"/> for standard input (no override applies).</param>
    /// <returns>The options.</returns>
    public ValidationOptions OptionsFor(string? file) =>
        Apply(new ValidationOptions { Profile = HasProfile ? Profile : null, Stage = Stage ?? ValidationStage.Draft }, file);

    /// <summary>Whether a file is matched by <see cref="Ignore"/>.</summary>
    /// <param name="file">The file (any form; made absolute).</param>
    /// <returns>Whether to skip it.</returns>
    public bool Ignores(string file) => !Ignore.IsDefaultOrEmpty && Matches(Ignore, file);

    /// <summary>The options for one file: the base options, then this file's settings, then the matching
    /// overrides in order.</summary>
    /// <param name="baseOptions">The options before the configuration (profile and stage already resolved).</param>
    /// <param name="file">The file, or <see langword="null"/> for standard input (no override applies).</param>
    /// <returns>The options.</returns>
    public ValidationOptions Apply(ValidationOptions baseOptions, string? file)
    {
        if (baseOptions is null)
        {
            throw new ArgumentNullException(nameof(baseOptions));
        }

        var severities = baseOptions.RuleSeverities.SetItems(Rules);
        if (file is not null)
        {
            foreach (var o in Overrides)
            {
                if (Matches(o.Files, file))
                {
                    severities = severities.SetItems(o.Rules);
                }
            }
        }

        return baseOptions with
        {
            RuleSeverities = severities,
            KnownAbbreviations = KnownAbbreviations.IsDefault ? baseOptions.KnownAbbreviations : KnownAbbreviations,
            MixedCaseSymbolGroups = MixedCaseSymbolGroups.IsDefault ? baseOptions.MixedCaseSymbolGroups : MixedCaseSymbolGroups,
            AllowAcademicTitles = AllowAcademicTitles ?? baseOptions.AllowAcademicTitles,
        };
    }

    /// <summary>The file's path relative to <see cref="Folder"/>, with / separators, or <see langword="null"/>
    /// when it is outside it.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The relative path.</returns>
    public string? RelativePath(string file)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        var relative = Relative(Folder, System.IO.Path.GetFullPath(file));
        return relative is null || relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }

    private bool Matches(ImmutableArray<string> patterns, string file)
    {
        if (RelativePath(file) is not { } relative)
        {
            return false;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var pattern in patterns)
        {
            // "old/" and "old" both mean the whole folder, as in .gitignore.
            var p = pattern.Replace('\\', '/');
            while (p.StartsWith("./", StringComparison.Ordinal))
            {
                p = p.Substring(2);
            }

            p = p.TrimStart('/');
            matcher.AddInclude(p.EndsWith("/", StringComparison.Ordinal) ? p + "**" : p);
            if (p.IndexOf('*') < 0)
            {
                matcher.AddInclude(p.TrimEnd('/') + "/**");
            }
        }

        return matcher.Match(relative).HasMatches;
    }

    // Path.GetRelativePath for netstandard2.0 too: the path of a file under a folder, or null when it is not under it.
    private static string? Relative(string folder, string file)
    {
        var comparison = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = System.IO.Path.GetFullPath(folder).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar)
            + System.IO.Path.DirectorySeparatorChar;
        return file.StartsWith(root, comparison) ? file.Substring(root.Length) : null;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "the string \"" + value.GetString() + "\"",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    /// <summary>Reads values and builds the error messages of one file.</summary>
    private sealed class Reader
    {
        private readonly string _path;

        private readonly Validator _validator;

        public Reader(string path, Validator validator)
        {
            _path = path;
            _validator = validator;
        }

        public ConfigException Error(string at, string message) => new($"{_path}: {at}: {message}.");

        public ConfigException Unknown(string at, string key, IEnumerable<string> valid) =>
            Error(at, $"unknown key \"{key}\"; valid keys: {string.Join(", ", valid)}");

        public void Expect(JsonElement value, string at, JsonValueKind kind, string what)
        {
            if (value.ValueKind != kind)
            {
                throw Error(at, $"expected {what}, found {Describe(value)}");
            }
        }

        public string Choice(JsonElement value, string at, string[] choices)
        {
            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var match = choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
            return match ?? throw Error(at, $"expected one of {string.Join(", ", choices.Select(c => "\"" + c + "\""))}, found {Describe(value)}");
        }

        public ImmutableArray<string> Strings(JsonElement value, string at)
        {
            Expect(value, at, JsonValueKind.Array, "an array of strings");
            var builder = ImmutableArray.CreateBuilder<string>();
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                var itemAt = at + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                Expect(item, itemAt, JsonValueKind.String, "a string");
                var s = item.GetString()!;
                if (s.Trim().Length == 0)
                {
                    throw Error(itemAt, "expected a non-empty string");
                }

                builder.Add(s.Normalize(System.Text.NormalizationForm.FormC));
                i++;
            }

            return builder.ToImmutable();
        }

        public ImmutableDictionary<string, DiagnosticSeverity?> RuleSettings(JsonElement value, string at)
        {
            Expect(value, at, JsonValueKind.Object, "an object such as { \"AD2208\": \"off\", \"subject-case\": \"error\" }");
            var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity?>(StringComparer.Ordinal);
            foreach (var rule in value.EnumerateObject())
            {
                var ruleAt = at + "." + rule.Name;
                var descriptor = _validator.FindRule(rule.Name)
                    ?? throw Error(ruleAt, $"unknown rule \"{rule.Name}\"; use a rule id (AD0001 … AD6xxx) or name from the catalog (docs/rules/, 'admindocs rules'){Suggest(rule.Name)}");
                var setting = Choice(rule.Value, ruleAt, RuleValues);
                builder[descriptor.Id] = setting switch
                {
                    "error" => DiagnosticSeverity.Error,
                    "warning" => DiagnosticSeverity.Warning,
                    "info" => DiagnosticSeverity.Info,
                    _ => null,
                };
            }

            return builder.ToImmutable();
        }

        private string Suggest(string name)
        {
            var key = name.Trim();
            var candidates = _validator.Descriptors.SelectMany(d => new[] { d.Id, d.Name }).ToList();
            var near = candidates.Where(c => c.IndexOf(key, StringComparison.OrdinalIgnoreCase) >= 0).ToList();
            if (near.Count == 0 && key.Length >= 4)
            {
                near = candidates.Where(c => c.StartsWith(key.Substring(0, 4), StringComparison.OrdinalIgnoreCase)).ToList();
            }

            return near.Count == 0 ? string.Empty : "; close: " + string.Join(", ", near.Take(8));
        }
    }
}
