using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Decree;

namespace AdminDocs.Recognition;

/// <summary>
/// Breaks a document that extraction delivered as one long line ("a whole document on one line with no breaks at
/// all") back into lines at the places a document's components start: the Quốc hiệu, the Tiêu ngữ, "Số:", the
/// place and date, the tên loại, "Kính gửi", the body's section labels, the end mark "./.", "Nơi nhận", the list
/// items of Nơi nhận, the quyền hạn prefixes and the signer's name. Used only on a block that is long and holds at
/// least three such anchors, so ordinary paragraphs are never cut.
/// </summary>
internal static class RunOnSplitter
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Number = new(@"(?<![\p{L}\p{N}])Số\s*:\s*[\d.…_ ]*/", Options);

    private static readonly Regex PlaceDate = new(
        @"(?<place>\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}*|\d+)){0,3})\s*,\s*ngày\s*[\d.…_ ]{0,12}tháng\s*[\d.…_ ]{0,12}năm\s*\d{4}", Options);

    private static readonly Regex BreakBefore = new(
        @"(?<=\S\s+)(?=(?:" + Patterns.Words(FixedTexts.AddresseesWords) + @"\s*:|" + Patterns.Words(FixedTexts.RecipientsWords) + @"\s*:|Căn\s+cứ\s|"
        + Authorities.CanonicalPattern + @"\s+\p{Lu}|(?:X{0,3}(?:IX|IV|V?I{1,3}|V|X))\.\s+\p{Lu}))",
        Options);

    private static readonly Regex LabelAfterSentence = new(@"(?<=[.:;]\s+)(?=(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s+\p{Lu})", Options);

    private static readonly Regex ItemAfterPunctuation = new(@"(?<=[;:.]\s+)(?=[-–]\s+\S)", Options);

    // The words a body's first sentence usually starts with.
    private const string Openers = "Theo|Thực hiện|Để|Nhằm|Hôm nay";

    private static readonly Regex BodyOpeners = new(@"(?<=\S\s+)(?=(?:" + Openers + @")\s)", Options);

    private static readonly Regex TypedRule = new(@"(?<=\s)[" + Dashes.Common + @"_=*~]{3,}(?=\s|$)", Options);

    // A deputy's title after the head's title in a stacked signature ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC").
    private static readonly Regex DeputyTitle = new(@"(?<=" + Authorities.CanonicalPattern + @"\s+[\p{Lu}\s]+\p{Lu}\s+)(?=PHÓ\s|THỨ\s+TRƯỞNG)", Options);

    private static readonly Regex OpenerAfterSentence = new(@"(?<=[.:;]\s+)(?=(?:" + Openers + @"|Trên đây)\s)", Options);

    private static readonly Regex EndMark = new(@"(?<=\./\.)\s+", Options);

    private static readonly Regex CapsThenName = new(
        @"(?<=(?:\p{Lu}{2,}|\))\s+)(?=(?:\p{Lu}\p{Ll}+\s+){1,5}\p{Lu}\p{Ll}+\s*$)", Options);

    /// <summary>Whether a block's text is a whole document run together.</summary>
    public static bool IsRunOn(string text)
    {
        if (text.Length < 300)
        {
            return false;
        }

        var anchors = 0;
        anchors += Patterns.NationalTitle.IsMatch(text) ? 1 : 0;
        anchors += Patterns.Motto.IsMatch(text) ? 1 : 0;
        anchors += Number.IsMatch(text) ? 1 : 0;
        anchors += PlaceDate.IsMatch(text) ? 1 : 0;
        anchors += text.IndexOf(FixedTexts.RecipientsWords, StringComparison.Ordinal) >= 0 ? 1 : 0;
        anchors += text.IndexOf(FixedTexts.AddresseesWords, StringComparison.Ordinal) >= 0 ? 1 : 0;
        return anchors >= 3;
    }

    /// <summary>The positions where the text is cut, in order.</summary>
    public static IReadOnlyList<int> Cuts(string text)
    {
        var cuts = new SortedSet<int>();
        void Around(Match m)
        {
            if (m.Success)
            {
                cuts.Add(m.Index);
                cuts.Add(m.Index + m.Length);
            }
        }

        Around(Patterns.NationalTitle.Match(text));
        Around(Patterns.Motto.Match(text));
        var number = Number.Match(text);
        if (number.Success)
        {
            cuts.Add(number.Index);
        }

        var date = PlaceDate.Match(text);
        if (date.Success)
        {
            Around(date);
        }

        // The tên loại: a catalog title in capitals standing alone after the header.
        var headerEnd = date.Success ? date.Index + date.Length : number.Success ? number.Index : 0;
        var title = DocumentKindInfo.All
            .Where(i => i.Title is not null)
            .Select(i => (Title: i.Title!, At: text.IndexOf(" " + i.Title + " ", headerEnd, StringComparison.Ordinal)))
            .Where(x => x.At >= 0 && x.At - headerEnd < 200)
            .OrderBy(x => x.At)
            .FirstOrDefault();
        if (title.Title is not null)
        {
            var titleEnd = title.At + 1 + title.Title.Length;
            cuts.Add(title.At + 1);
            cuts.Add(titleEnd);
            if (SubjectEnd(text, titleEnd) is var subjectEnd and > 0)
            {
                cuts.Add(subjectEnd);
            }
        }

        foreach (Match m in Patterns.PlaceholderInText.Matches(text))
        {
            Around(m);
        }

        foreach (Match m in TypedRule.Matches(text))
        {
            Around(m);
        }

        foreach (var regex in new[] { BreakBefore, LabelAfterSentence, ItemAfterPunctuation, EndMark, DeputyTitle, OpenerAfterSentence })
        {
            foreach (Match m in regex.Matches(text))
            {
                cuts.Add(m.Index + m.Length);
            }
        }

        // The signer's name after the last title line in capitals.
        var tail = text.LastIndexOf(FixedTexts.RecipientsWords, StringComparison.Ordinal);
        var name = CapsThenName.Match(text, Math.Max(0, tail));
        if (name.Success)
        {
            cuts.Add(name.Index);
        }

        cuts.Remove(0);
        cuts.Remove(text.Length);
        return cuts.ToList();
    }

    // The trích yếu after a tên loại ends where the body starts: at a change from capitals to sentence case for a
    // subject in capitals, or before a usual opening word ("Theo", "Thực hiện", "Căn cứ", "Kính gửi").
    private static int SubjectEnd(string text, int from)
    {
        var opener = BodyOpeners.Match(text, from);
        var kinhGui = text.IndexOf(FixedTexts.AddresseesWords, from, StringComparison.Ordinal);
        var candidates = new List<int>();
        if (opener.Success)
        {
            candidates.Add(opener.Index);
        }

        if (kinhGui > 0)
        {
            candidates.Add(kinhGui);
        }

        // Capitals then a word with lower case letters that starts a sentence.
        var i = from;
        var capsWords = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (start >= i)
            {
                break;
            }

            var word = text.Substring(start, i - start);
            if (word.Any(char.IsLower))
            {
                if (capsWords >= 3)
                {
                    candidates.Add(start);
                }

                break;
            }

            capsWords++;
        }

        return candidates.Count == 0 ? -1 : candidates.Min();
    }
}
