using System;
using System.Collections.Immutable;
using AdminDocs.Sources;

namespace AdminDocs.Validation;

/// <summary>
/// One finding: the rule (id, name, legal source), its severity, where it is (the model path such as
/// <c>signature.signerName</c> and the location in the file) and a message in Vietnamese or English.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="messageKey">The message key (the rule id, or id + "." + variant).</param>
    /// <param name="arguments">The message arguments.</param>
    /// <param name="modelPath">The model path, e.g. "number.symbol".</param>
    /// <param name="location">Where in the file, or <see langword="null"/> for a missing component.</param>
    public Diagnostic(
        RuleDescriptor descriptor,
        DiagnosticSeverity severity,
        string messageKey,
        ImmutableArray<string> arguments,
        string modelPath,
        SourceLocation? location)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Severity = severity;
        MessageKey = messageKey ?? descriptor.Id;
        Arguments = arguments;
        ModelPath = modelPath ?? string.Empty;
        Location = location;
    }

    /// <summary>The rule that reported it.</summary>
    public RuleDescriptor Descriptor { get; init; }

    /// <summary>The rule id, e.g. "AD2208".</summary>
    public string Id => Descriptor.Id;

    /// <summary>The rule name, e.g. "symbol-type-abbreviation".</summary>
    public string Name => Descriptor.Name;

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>The message key.</summary>
    public string MessageKey { get; init; }

    /// <summary>The message arguments (texts quoted from the document, expected values).</summary>
    public ValueArray<string> Arguments { get; init; }

    /// <summary>The model path, e.g. "signature.signerName" or "recipients.items[2]".</summary>
    public string ModelPath { get; init; }

    /// <summary>Where in the file, or <see langword="null"/> when a component is missing.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The profile the document was validated under, or <see langword="null"/> when not known (a diagnostic
    /// made outside a validation run).</summary>
    public DocumentProfile? Profile { get; init; }

    /// <summary>The legal source of the rule, as cited under <see cref="Profile"/>: a Party document (HD36) cites
    /// Hướng dẫn 36-HD/VPTW, never Nghị định 30 (see <see cref="RuleDescriptor.LegalSourceFor"/>).</summary>
    public string LegalSource => Profile is { } profile ? Descriptor.LegalSourceFor(profile) : Descriptor.LegalSource;

    /// <summary>The message in Vietnamese.</summary>
    public string Message => GetMessage(MessageLanguage.Vietnamese);

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string GetMessage(MessageLanguage language) => Messages.Format(Descriptor, MessageKey, language, Arguments);

    /// <inheritdoc/>
    public override string ToString() => $"{Location} {Severity.ToName()} {Id} {Name}: {GetMessage(MessageLanguage.English)}";
}
