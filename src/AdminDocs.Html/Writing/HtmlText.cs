using System.Text;

namespace AdminDocs.Html.Writing;

/// <summary>Escapes text for HTML: every character that could open markup or end an attribute becomes a reference.</summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> as character data (also safe inside a double-quoted attribute).</summary>
    public static StringBuilder AppendEscaped(this StringBuilder sb, string? text)
    {
        if (text is null)
        {
            return sb;
        }

        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t': sb.Append(' '); break;
                case '\r': break;
                case '\n': sb.Append("<br>"); break;
                default:
                    // C0/C1 controls and noncharacters are not allowed in HTML text; they never carry meaning here.
                    if ((ch < 0x20) || (ch >= 0x7F && ch < 0xA0) || ch == '\uFFFE' || ch == '\uFFFF')
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        return sb;
    }
}
