using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AdminDocs.Decree;
using AdminDocs.Html.Writing;

namespace AdminDocs.Html;

/// <summary>
/// Writes an <see cref="AdminDocument"/> as semantic HTML5 (<c>lang="vi"</c>): one element per component, each with a
/// stable <c>data-component</c> name (<c>national-title</c>, <c>motto</c>, <c>parent</c>, <c>issuer</c>,
/// <c>number</c>, <c>place-date</c>, <c>marks</c>, <c>title</c>, <c>subject</c>, <c>addressees</c>, <c>body</c>,
/// <c>signature</c>, <c>recipients</c>, <c>drafter</c>, <c>contact</c>, <c>appendix</c>, <c>unrecognized</c>),
/// headings and lists for the body, CSS grid (never a table) for the two-column header and footer, and an embedded
/// stylesheet that reproduces Phụ lục I of Nghị định 30/2020/NĐ-CP on screen and in print (A4, margins, Times New
/// Roman, sizes and weights, the rules under the Tiêu ngữ, the issuer and the trích yếu, page numbers from page 2).
/// Self-contained: no script, no external resource. Every text is escaped. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// What the page shows is the model's text as written (<see cref="SignatureBlock.Lines"/>,
/// <see cref="ListItem.RawText"/>, <see cref="Subject.FirstLineAsWritten"/>), so that <see cref="HtmlReader"/> reads
/// the page back to the same model. Rules typed as text (<c>-----</c>, <c>*</c>) are not written: the stylesheet
/// draws them. Text the recognizer could not place (<see cref="AdminDocument.Unrecognized"/>) is written at the end.
/// </remarks>
public sealed class HtmlWriter
{
    private static readonly Regex SizeToken = new("%(?<c>[A-Za-z]+)%", RegexOptions.CultureInvariant);

    private static readonly Lazy<string> LazyStylesheet = new(LoadStylesheet);

    /// <summary>Creates a writer.</summary>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="HtmlWriterOptions.Default"/>.</param>
    public HtmlWriter(HtmlWriterOptions? options = null)
    {
        Options = options ?? HtmlWriterOptions.Default;
    }

    /// <summary>The options.</summary>
    public HtmlWriterOptions Options { get; }

    /// <summary>The embedded stylesheet (Phụ lục I on screen and in print), for hosts that write fragments without it.</summary>
    public static string Stylesheet => LazyStylesheet.Value;

    /// <summary>Writes a document to a string.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public string Write(AdminDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var sb = new StringBuilder(4096);
        new Emitter(sb, Options).Document(document);
        return sb.ToString();
    }

    /// <summary>Writes a document to a text writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void Write(AdminDocument document, TextWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.Write(Write(document));
    }

    /// <summary>Writes a document to a stream as UTF-8 without a byte-order mark (the page declares its charset).</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">The destination; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void Write(AdminDocument document, Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var bytes = new UTF8Encoding(false).GetBytes(Write(document));
        stream.Write(bytes, 0, bytes.Length);
    }

    private static string LoadStylesheet()
    {
        using var stream = typeof(HtmlWriter).GetTypeInfo().Assembly.GetManifestResourceStream("AdminDocs.Html.Stylesheet.css")
            ?? throw new InvalidOperationException("The embedded stylesheet AdminDocs.Html.Stylesheet.css is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var css = reader.ReadToEnd().Replace("\r\n", "\n");

        // The font sizes are the typography table's (Decree/Typography.cs), the same the DocxWriter sets and the style
        // rules accept: the sheet names them "%Component%".
        return SizeToken.Replace(css, m => Enum.TryParse<Component>(m.Groups["c"].Value, out var component)
            ? Typography.Of(component).Size.ToString("0.##", CultureInfo.InvariantCulture) + "pt"
            : throw new InvalidOperationException("The stylesheet names an unknown component: " + m.Value));
    }

    private sealed class Emitter
    {
        private readonly StringBuilder _sb;
        private readonly HtmlWriterOptions _options;

        public Emitter(StringBuilder sb, HtmlWriterOptions options)
        {
            _sb = sb;
            _options = options;
        }

        public void Document(AdminDocument d)
        {
            var kind = DocumentKindInfo.Get(d.Kind).CatalogName;
            if (_options.FullPage)
            {
                _sb.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
                _sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
                _sb.Append("<meta name=\"generator\" content=\"AdminDocs\">\n");
                _sb.Append("<title>").AppendEscaped(PageTitle(d)).Append("</title>\n");
                if (_options.IncludeStylesheet)
                {
                    _sb.Append("<style>\n").Append(Stylesheet).Append("</style>\n");
                }

                _sb.Append("</head>\n<body>\n");
            }

            _sb.Append("<article class=\"admindoc\" lang=\"vi\" data-kind=\"").AppendEscaped(kind).Append("\">\n");
            if (!_options.FullPage && _options.IncludeStylesheet)
            {
                _sb.Append("<style>\n").Append(Stylesheet).Append("</style>\n");
            }

            Header(d);
            if (d.Title is { } title)
            {
                Element("h1", "title", null, title.Text);
            }

            if (d.Subject is { } subject && !IsCongVanSubject(d, subject))
            {
                SubjectElement(subject, false);
            }

            Addressees(d.Addressees);
            if (!d.Body.IsEmpty)
            {
                _sb.Append("<section data-component=\"body\">\n");
                Nodes(d.Body.Nodes, 0);
                _sb.Append("</section>\n");
            }

            Footer(d);
            foreach (var appendix in d.Appendices)
            {
                Appendix(appendix);
            }

            var unrecognized = d.Unrecognized.Where(u => !IsTypedRule(u.Text)).ToList();
            if (unrecognized.Count > 0)
            {
                _sb.Append("<div data-component=\"unrecognized\">\n");
                foreach (var u in unrecognized)
                {
                    Element("p", null, null, u.Text);
                }

                _sb.Append("</div>\n");
            }

            _sb.Append("</article>\n");
            if (_options.FullPage)
            {
                _sb.Append("</body>\n</html>\n");
            }
        }

        /// <summary>A rule typed as text ("-------", "***"): the stylesheet draws rules, so it is not written.</summary>
        internal static bool IsTypedRule(string text)
        {
            var any = false;
            foreach (var ch in text)
            {
                if ((Dashes.Common + "_*=~.·").IndexOf(ch) >= 0)
                {
                    any = true;
                }
                else if (!char.IsWhiteSpace(ch))
                {
                    return false;
                }
            }

            return any;
        }

        private string PageTitle(AdminDocument d)
        {
            if (_options.PageTitle is { } t)
            {
                return t;
            }

            var parts = new List<string>();
            if (d.Title is { } title)
            {
                parts.Add(title.Text);
            }

            if (d.Subject is { } subject)
            {
                parts.Add(subject.Text);
            }

            return parts.Count == 0 ? "Văn bản" : string.Join(" ", parts);
        }

        private static bool IsCongVanSubject(AdminDocument d, Subject subject) =>
            subject.Prefix is not null || (d.Title is null && d.Kind == DocumentKind.OfficialLetter);

        private void Header(AdminDocument d)
        {
            _sb.Append("<header class=\"ad-header\">\n");

            // Row 1: ô 2 (issuer) | ô 1 (Quốc hiệu, Tiêu ngữ or the Party heading).
            _sb.Append("<div class=\"ad-issuer-block\">\n");
            if (d.ParentAgency is { } parent)
            {
                Lines("p", "parent", parent.Lines);
            }

            if (d.IssuingAgency is { } issuer)
            {
                Lines("p", "issuer", issuer.Lines);
            }

            _sb.Append("</div>\n<div class=\"ad-state-block\">\n");
            if (d.PartyHeading is { } party)
            {
                Element("p", "party-heading", null, party.Text);
            }

            if (d.NationalTitle is { } national)
            {
                Element("p", "national-title", null, national.Text);
            }

            if (d.Motto is { } motto)
            {
                Element("p", "motto", null, motto.Text);
            }

            _sb.Append("</div>\n");

            // Row 2: ô 3 (Số, ký hiệu; V/v; marks) | ô 4 (địa danh, ngày tháng), level with each other.
            _sb.Append("<div class=\"ad-number-block\">\n");
            if (d.Number is { } number)
            {
                Element("p", "number", null, number.Text);
            }

            if (d.Subject is { } subject && IsCongVanSubject(d, subject))
            {
                SubjectElement(subject, true);
            }

            Marks(d.Marks);
            _sb.Append("</div>\n<div class=\"ad-date-block\">\n");
            if (d.PlaceDate is { } placeDate)
            {
                Element("p", "place-date", null, placeDate.Text);
            }

            _sb.Append("</div>\n</header>\n");
        }

        private void Marks(DocumentMarks marks)
        {
            if (marks.Secrecy is { } secrecy)
            {
                Element("p", "marks", "secrecy", secrecy.Text);
            }

            if (marks.Urgency is { } urgency)
            {
                Element("p", "marks", "urgency", urgency.Text);
            }

            foreach (var c in marks.Circulation)
            {
                Element("p", "marks", "circulation", c.Text);
            }
        }

        private void SubjectElement(Subject subject, bool congVan)
        {
            var lines = subject.Lines.ToList();
            if (lines.Count > 0 && subject.FirstLineAsWritten.Length > 0)
            {
                lines[0] = subject.FirstLineAsWritten;
            }
            else if (lines.Count > 0 && subject.Prefix is { } prefix)
            {
                lines[0] = prefix + " " + lines[0];
            }

            _sb.Append(congVan ? "<p" : "<p").Append(" data-component=\"subject\">");
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    _sb.Append("<br>");
                }

                _sb.AppendEscaped(lines[i]);
            }

            _sb.Append("</p>\n");
        }

        private void Addressees(Addressees? addressees)
        {
            if (addressees is null)
            {
                return;
            }

            _sb.Append("<div data-component=\"addressees\">\n<p class=\"ad-label\">").AppendEscaped(addressees.Label.Text);
            var items = addressees.Items;
            var start = 0;
            if (addressees.OnLabelLine && items.Length > 0)
            {
                _sb.Append(' ').AppendEscaped(ItemText(items[0]));
                start = 1;
            }

            _sb.Append("</p>\n");
            if (start < items.Length)
            {
                _sb.Append("<ul>\n");
                for (var i = start; i < items.Length; i++)
                {
                    Element("li", null, null, ItemText(items[i]));
                }

                _sb.Append("</ul>\n");
            }

            _sb.Append("</div>\n");
        }

        private static string ItemText(ListItem item) =>
            item.RawText.Length > 0 ? item.RawText : item.Marker.Length > 0 ? item.Marker + " " + item.Text : item.Text;

        private void Footer(AdminDocument d)
        {
            if (d.Recipients is null && d.Signatures.IsEmpty && d.DrafterCode is null && d.ContactLines.IsEmpty)
            {
                return;
            }

            // Ô 9b and ô 7: Nơi nhận in the left column, the (last) signature in the right, level with each other.
            // Earlier signatures (a biên bản's two signers) come first, side by side.
            _sb.Append("<footer class=\"ad-footer\">\n");
            for (var i = 0; i < d.Signatures.Length - 1; i++)
            {
                Signature(d.Signatures[i], i == 0 && d.Signatures.Length > 1 ? "1" : null);
            }

            _sb.Append("<div data-component=\"recipients\">\n");
            if (d.Recipients is { } recipients)
            {
                Element("p", null, null, recipients.Label.Text, "ad-label");
                if (!recipients.Items.IsEmpty)
                {
                    _sb.Append("<ul>\n");
                    foreach (var item in recipients.Items)
                    {
                        Element("li", null, null, ItemText(item));
                    }

                    _sb.Append("</ul>\n");
                }
            }

            if (d.DrafterCode is { } drafter)
            {
                Element("p", "drafter", null, drafter.Text);
            }

            _sb.Append("</div>\n");
            if (d.Signature is { } last)
            {
                Signature(last, null);
            }

            _sb.Append("</footer>\n");
            if (!d.ContactLines.IsEmpty)
            {
                _sb.Append("<address data-component=\"contact\">\n");
                foreach (var line in d.ContactLines)
                {
                    Element("p", null, null, line.Text);
                }

                _sb.Append("</address>\n");
            }
        }

        private void Signature(SignatureBlock signature, string? column)
        {
            _sb.Append("<div data-component=\"signature\"");
            if (column is not null)
            {
                _sb.Append(" style=\"grid-column: ").Append(column).Append('"');
            }

            _sb.Append(">\n");
            var name = signature.SignerName?.Text;
            if (!signature.Lines.IsEmpty)
            {
                var nameWritten = false;
                foreach (var line in signature.Lines)
                {
                    string cls;
                    if (!nameWritten && name is not null && ReferenceEquals(line, signature.SignerName) || (!nameWritten && line.Text == name))
                    {
                        cls = "ad-signer";
                        nameWritten = true;
                    }
                    else if (signature.Placeholders.Contains(line.Text))
                    {
                        cls = "ad-placeholder";
                    }
                    else
                    {
                        cls = "ad-title";
                    }

                    Element("p", null, null, line.Text, cls);
                }
            }
            else
            {
                for (var i = 0; i < signature.Titles.Length; i++)
                {
                    var text = i == 0 && signature.Authority is { } authority ? authority + " " + signature.Titles[i] : signature.Titles[i];
                    Element("p", null, null, text, "ad-title");
                }

                foreach (var placeholder in signature.Placeholders)
                {
                    Element("p", null, null, placeholder, "ad-placeholder");
                }

                if (name is not null)
                {
                    Element("p", null, null, name, "ad-signer");
                }
            }

            _sb.Append("</div>\n");
        }

        private void Appendix(Appendix appendix)
        {
            _sb.Append("<section data-component=\"appendix\">\n");
            Element("p", null, null, appendix.Label.Text, "ad-appendix-label");
            if (appendix.Title is { } title)
            {
                Element("p", null, null, title.Text, "ad-appendix-title");
            }

            if (appendix.Reference is { } reference)
            {
                Element("p", null, null, reference.Text, "ad-appendix-reference");
            }

            Nodes(appendix.Body.Nodes, 0);
            _sb.Append("</section>\n");
        }

        private static bool IsHeadingLevel(SectionLevel level) =>
            level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Section or SectionLevel.Subsection or SectionLevel.Article;

        private static string LevelName(SectionLevel level) => level switch
        {
            SectionLevel.Part => "part",
            SectionLevel.Chapter => "chapter",
            SectionLevel.Section => "section",
            SectionLevel.Subsection => "subsection",
            SectionLevel.Article => "article",
            SectionLevel.Clause => "clause",
            SectionLevel.Subclause => "subclause",
            SectionLevel.Point => "point",
            _ => "item",
        };

        // The body tree is as deep as the recognizer made it (a few levels); depth is capped for the heading rank only.
        private void Nodes(ValueArray<BodyNode> nodes, int depth)
        {
            var i = 0;
            while (i < nodes.Count)
            {
                if (nodes[i] is BodySection { Level: var level } && !IsHeadingLevel(level))
                {
                    _sb.Append("<ul class=\"ad-list\">\n");
                    while (i < nodes.Count && nodes[i] is BodySection item && !IsHeadingLevel(item.Level))
                    {
                        _sb.Append("<li data-level=\"").Append(LevelName(item.Level)).Append("\">");
                        _sb.Append("<p>").AppendEscaped(SectionText(item)).Append("</p>\n");
                        Nodes(item.Children, depth + 1);
                        _sb.Append("</li>\n");
                        i++;
                    }

                    _sb.Append("</ul>\n");
                    continue;
                }

                Node(nodes[i], depth);
                i++;
            }
        }

        private void Node(BodyNode node, int depth)
        {
            switch (node)
            {
                case BodySection s:
                    var rank = Math.Min(2 + depth, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    _sb.Append("<section data-level=\"").Append(LevelName(s.Level)).Append("\">\n");
                    _sb.Append("<h").Append(rank).Append(" class=\"ad-heading");
                    if (s.Level is SectionLevel.Part or SectionLevel.Chapter)
                    {
                        _sb.Append(" ad-centered\">").AppendEscaped(s.Label);
                        if (s.Heading.Length > 0)
                        {
                            _sb.Append("<br>").AppendEscaped(s.Heading);
                        }
                    }
                    else
                    {
                        _sb.Append("\">").AppendEscaped(SectionText(s));
                    }

                    _sb.Append("</h").Append(rank).Append(">\n");
                    Nodes(s.Children, depth + 1);
                    _sb.Append("</section>\n");
                    break;
                case LegalBasis l:
                    Element("p", null, null, l.Text, null, "legal-basis");
                    break;
                case IssuingAuthority a:
                    Element("p", null, null, a.Text, null, "issuing-authority");
                    break;
                case Proposal p:
                    Element("p", null, null, p.Text, null, "proposal");
                    break;
                case EnactingFormula f:
                    Element("p", null, null, f.Text, null, "enacting-formula");
                    break;
                case Paragraph p:
                    Element("p", null, null, p.Text);
                    break;
            }
        }

        private static string SectionText(BodySection s) =>
            s.Heading.Length == 0 ? s.Label : s.Label.Length == 0 ? s.Heading : s.Label + " " + s.Heading;

        private void Lines(string tag, string component, ValueArray<string> lines)
        {
            _sb.Append('<').Append(tag).Append(" data-component=\"").Append(component).Append("\">");
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    _sb.Append("<br>");
                }

                _sb.AppendEscaped(lines[i]);
            }

            _sb.Append("</").Append(tag).Append(">\n");
        }

        private void Element(string tag, string? component, string? mark, string text, string? cssClass = null, string? node = null)
        {
            _sb.Append('<').Append(tag);
            if (component is not null)
            {
                _sb.Append(" data-component=\"").Append(component).Append('"');
            }

            if (mark is not null)
            {
                _sb.Append(" data-mark=\"").Append(mark).Append('"');
            }

            if (node is not null)
            {
                _sb.Append(" data-node=\"").Append(node).Append('"');
            }

            if (cssClass is not null)
            {
                _sb.Append(" class=\"").Append(cssClass).Append('"');
            }

            _sb.Append('>').AppendEscaped(text).Append("</").Append(tag).Append(">\n");
        }
    }
}
