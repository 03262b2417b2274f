using System;
using AdminDocs.Validation;

namespace AdminDocs.Docx;

/// <summary>Registers the .docx reader with a <see cref="ValidatorBuilder"/>.</summary>
public static class DocxValidatorBuilderExtensions
{
    /// <summary>Adds the .docx reader (<see cref="DocxReader"/>) for ".docx" and ".docm" files.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ValidatorBuilder AddDocx(this ValidatorBuilder builder)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        return builder.AddReader(new DocxReader());
    }
}
