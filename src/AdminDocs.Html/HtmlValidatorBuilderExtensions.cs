using System;
using AdminDocs.Validation;

namespace AdminDocs.Html;

/// <summary>Registers the HTML reader with a <see cref="ValidatorBuilder"/>.</summary>
public static class HtmlValidatorBuilderExtensions
{
    /// <summary>Adds the HTML reader (<see cref="HtmlReader"/>) for ".html" and ".htm" files.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ValidatorBuilder AddHtml(this ValidatorBuilder builder)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        return builder.AddReader(new HtmlReader());
    }
}
