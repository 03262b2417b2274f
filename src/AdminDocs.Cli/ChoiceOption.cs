using System;
using System.CommandLine;
using System.Linq;

namespace AdminDocs.Cli;

/// <summary>
/// An option that takes one word of a fixed list (case-insensitive) and maps it to a value. The option itself is a
/// string option, so that the help shows the words ("[default: text]"), not the enum names.
/// </summary>
/// <typeparam name="T">The type of the values.</typeparam>
internal sealed class ChoiceOption<T>
{
    private readonly (string Word, T Value)[] _choices;

    /// <summary>Creates the option.</summary>
    /// <param name="name">The name, e.g. "--format".</param>
    /// <param name="aliases">Other names, e.g. "-f".</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultWord">The word used when the option is not given.</param>
    /// <param name="choices">The words and their values.</param>
    public ChoiceOption(string name, string[] aliases, string description, string defaultWord, params (string Word, T Value)[] choices)
    {
        _choices = choices;
        var words = choices.Select(c => c.Word).ToArray();
        Option = new Option<string>(name, aliases)
        {
            Description = description,
            HelpName = string.Join("|", words),
            DefaultValueFactory = _ => defaultWord,
        };
        Option.CompletionSources.Add(words);
        Option.Validators.Add(result =>
        {
            var token = result.GetValueOrDefault<string>();
            if (!TryMap(token, out _))
            {
                result.AddError($"'{token}' is not a valid value for {name}: use one of {string.Join(", ", words)}.");
            }
        });
    }

    /// <summary>The System.CommandLine option.</summary>
    public Option<string> Option { get; }

    /// <summary>The value given on the command line (or the default), once the parse has succeeded.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>The value.</returns>
    public T GetValue(ParseResult parseResult) =>
        TryMap(parseResult.GetValue(Option), out var value)
            ? value
            : throw new InvalidOperationException($"{Option.Name} has an invalid value; the parse should have failed.");

    /// <summary>Whether the option was written on the command line (rather than defaulted).</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>Whether it was given.</returns>
    public bool IsGiven(ParseResult parseResult) => parseResult.GetResult(Option) is { Implicit: false };

    private bool TryMap(string? word, out T value)
    {
        foreach (var (w, v) in _choices)
        {
            if (string.Equals(w, word?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
