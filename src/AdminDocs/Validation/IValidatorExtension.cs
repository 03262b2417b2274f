namespace AdminDocs.Validation;

/// <summary>
/// A package of rules (and readers, options) that sets itself up on a <see cref="ValidatorBuilder"/>, as Markdig's
/// <c>IMarkdownExtension</c> does: <c>Validator.CreateBuilder().Use(new MyOrgRules()).Build()</c>. An app's rule
/// describes itself with <see cref="RuleDescriptor.Create"/> (any id prefix but <c>AD</c>); its findings are
/// diagnostics like the built-in ones: both languages, severity overrides from <c>admindocs.json</c>
/// (<c>AdminDocsConfig</c>), JSON and SARIF output.
/// </summary>
public interface IValidatorExtension
{
    /// <summary>Adds the extension's rules, readers or options to the builder.</summary>
    /// <param name="builder">The builder.</param>
    void Setup(ValidatorBuilder builder);
}
