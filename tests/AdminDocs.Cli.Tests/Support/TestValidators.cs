using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using AdminDocs.Reading;
using AdminDocs.Sources;
using AdminDocs.Validation;

namespace AdminDocs.Cli.Tests.Support;

/// <summary>A rule that always reports one finding: lets the tests control severities and locations whatever the
/// real rules and recognizer say.</summary>
public sealed class FixedRule : Rule
{
    private readonly string _modelPath;
    private readonly SourceLocation? _location;
    private readonly string? _variant;
    private readonly string[] _arguments;

    public FixedRule(string id, string modelPath, SourceLocation? location, string? variant = null, params string[] arguments)
    {
        Descriptor = RuleCatalog.Get(id);
        _modelPath = modelPath;
        _location = location;
        _variant = variant;
        _arguments = arguments;
    }

    public override RuleDescriptor Descriptor { get; }

    public override void Analyze(RuleContext context)
    {
        if (_variant is null)
        {
            context.Report(_modelPath, _location, _arguments);
        }
        else
        {
            context.ReportVariant(_variant, _modelPath, _location, _arguments);
        }
    }
}

/// <summary>A reader for ".boom" files that throws, to test the internal-error path.</summary>
public sealed class ThrowingReader : IDocumentReader
{
    public string Format => "boom";

    public IReadOnlyList<string> Extensions { get; } = new[] { ".boom" };

    public SourceDocument Read(Stream stream, string? path, ReaderLimits limits, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the reader exploded");
}

public static class TestValidators
{
    /// <summary>An error with no location (a missing component): AD2001.</summary>
    public static Rule Error() => new FixedRule("AD2001", "nationalTitle", null);

    /// <summary>A warning at line 3, column 7: AD3106.</summary>
    public static Rule Warning() => new FixedRule("AD3106", "subject", SourceLocation.AtLine(3, 7));

    /// <summary>An info at line 2, column 5: AD2202.</summary>
    public static Rule Info() => new FixedRule("AD2202", "number.value", SourceLocation.AtLine(2, 5));

    /// <summary>A validator with only <paramref name="rules"/> and the plain-text reader.</summary>
    public static Validator With(params Rule[] rules)
    {
        var builder = new ValidatorBuilder().ClearRules().AddReader(new PlainTextReader()).AddReader(new ThrowingReader());
        foreach (var rule in rules)
        {
            builder.AddRule(rule);
        }

        return builder.Build();
    }
}

/// <summary>Runs the tool in process with a given validator.</summary>
public static class InProcess
{
    public static CliRun Run(Validator validator, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = CommandLineApp.Run(args, stdout, stderr, validator);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
