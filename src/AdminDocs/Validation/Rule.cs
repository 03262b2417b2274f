namespace AdminDocs.Validation;

/// <summary>
/// A validation rule: stateless, with a descriptor from the catalog and one method that inspects the document
/// and reports through the context. Rules never throw and never format messages themselves.
/// </summary>
public abstract class Rule
{
    /// <summary>The rule's descriptor (from <see cref="RuleCatalog"/>).</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Inspects the document and reports findings.</summary>
    /// <param name="context">The document, the profile, the options and the report sink.</param>
    public abstract void Analyze(RuleContext context);
}
