using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdminDocs.Validation;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests.Reliability;

/// <summary>
/// Mutated inputs — .docx bytes, zip entries, XML nodes and attributes, HTML and text — each end in a result (with
/// reader diagnostics where the file is damaged), never an exception and never a rule that failed. 10,000 cases in
/// the normal run; <c>ADMINDOCS_PROPERTY_SCALE=100</c> multiplies every count for a long run (docs/reliability.md).
/// </summary>
public class MutationPropertyTests
{
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("ADMINDOCS_PROPERTY_SCALE"), out var s) && s > 0 ? s : 1;

    private static readonly string Assets = Path.Combine(AppContext.BaseDirectory, "TestAssets");

    private static readonly Lazy<byte[][]> DocxSeeds = new(() => Directory.GetFiles(Path.Combine(Assets, "docx"), "*.docx")
        .Concat(Directory.GetFiles(Path.Combine(Assets, "real", "docx"), "*.docx").Where(f => new FileInfo(f).Length < 40_000).Take(4))
        .OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray());

    private static readonly Lazy<string[]> HtmlSeeds = new(() => Directory.GetFiles(Path.Combine(Assets, "html"), "*.html").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray());

    private static readonly Lazy<string[]> TextSeeds = new(() => Directory.GetFiles(Path.Combine(Assets, "corpus"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray());

    private static readonly string[] Hostile =
    {
        "\0", "\uFEFF", "\uFFFD", "\u0301\u0301\u0301", "\r", "\r\n\r\n", "\t\t", "\u200B", "\u00AD", "\uD800", "<", ">", "&", "&#0;", "&#xD800;",
        "<p>", "</td></tr></table>", "<table><tr><td colspan=0 rowspan=-1>", "<style>p{font-size:-1pt;margin:1e999cm}</style>",
        "<!--", "<![CDATA[", "<svg><foreignObject><p>", "Số:", "Số: /", "ngày tháng năm", "tháng năm", "Kính gửi:", "Nơi nhận:",
        "TM.", "KT.", "Điều", "Chương I", "1.", "a)", "- ", "+ ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "V/v", "QUYẾT ĐỊNH", "¸o c¸o", "BAÙO CAÙO", "|", "\u2028", "\u0085", new string('.', 300), new string('-', 200),
    };

    private static readonly string[] HostileXml =
    {
        "<w:p/>", "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", "<w:tbl/>", "<w:tc/>",
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>", "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
        "<w:r><w:instrText>PAGE</w:instrText></w:r>", "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"-1\"/></w:numPr>",
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>", "<w:ins><w:r><w:t>chèn</w:t></w:r></w:ins>", "<w:del><w:r><w:delText>xóa</w:delText></w:r></w:del>",
        "<w:sectPr><w:pgSz w:w=\"-5\" w:h=\"0\"/><w:pgMar w:top=\"99999999999\"/></w:sectPr>", "<w:r><w:tab/><w:br/><w:cr/></w:r>",
        "<w:smartTag><w:r><w:t>NAM</w:t></w:r></w:smartTag>", "<w:sdt><w:sdtContent><w:p/></w:sdtContent></w:sdt>",
        "<w:r><w:t xml:space=\"preserve\">  Số: 01/QĐ-UBND  </w:t></w:r>", "<w:pPr><w:pStyle w:val=\"NoSuchStyle\"/><w:jc w:val=\"bogus\"/></w:pPr>",
    };

    private static readonly string[] HostileAttributeValues = { "", "-1", "0", "99999999999999999999", "NaN", "1e400", "abc", "auto", "\u0001x".Substring(1), new string('9', 400), "rIdNone", "../../../etc/passwd" };

    private static readonly Validator Tool = CommandLineApp.ToolValidator;

    [Fact]
    public void Docx_with_mutated_bytes() => Run(1500, rnd =>
    {
        var bytes = (byte[])Pick(rnd, DocxSeeds.Value).Clone();
        switch (rnd.Next(4))
        {
            case 0:
                return bytes.AsSpan(0, rnd.Next(bytes.Length)).ToArray();
            case 1:
                for (var k = rnd.Next(1, 9); k > 0; k--)
                {
                    bytes[rnd.Next(bytes.Length)] = (byte)rnd.Next(256);
                }

                return bytes;
            case 2:
                var at = rnd.Next(bytes.Length);
                return bytes.Take(at).Concat(Enumerable.Range(0, rnd.Next(1, 64)).Select(_ => (byte)rnd.Next(256))).Concat(bytes.Skip(at)).ToArray();
            default:
                var from = rnd.Next(bytes.Length);
                var len = rnd.Next(1, Math.Min(4096, bytes.Length - from) + 1);
                return bytes.Take(from).Concat(bytes.Skip(from + len)).ToArray();
        }
    }, "docx");

    [Fact]
    public void Docx_with_mutated_zip_entries() => Run(1000, rnd =>
    {
        var entries = Entries(Pick(rnd, DocxSeeds.Value));
        var names = entries.Keys.ToList();
        var name = Pick(rnd, names.ToArray());
        switch (rnd.Next(6))
        {
            case 0:
                entries.Remove(name);
                break;
            case 1:
                entries[name + (rnd.Next(2) == 0 ? ".bak" : string.Empty).ToUpperInvariant() + "x"] = entries[name];
                break;
            case 2:
                entries[name] = Enumerable.Range(0, rnd.Next(0, 200)).Select(_ => (byte)rnd.Next(256)).ToArray();
                break;
            case 3:
                var other = Pick(rnd, names.ToArray());
                (entries[name], entries[other]) = (entries[other], entries[name]);
                break;
            case 4:
                entries[name] = Array.Empty<byte>();
                break;
            default:
                entries["word/extra" + rnd.Next(100) + ".xml"] = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><x/>");
                break;
        }

        return Zip(entries);
    }, "docx");

    [Fact]
    public void Docx_with_mutated_xml_nodes_and_attributes() => Run(1500, rnd =>
    {
        var entries = Entries(Pick(rnd, DocxSeeds.Value));
        var xmlNames = entries.Keys.Where(n => n.EndsWith(".xml", StringComparison.Ordinal) && n.StartsWith("word/", StringComparison.Ordinal)).ToArray();
        var name = rnd.Next(3) == 0 ? Pick(rnd, xmlNames) : "word/document.xml";
        if (!entries.TryGetValue(name, out var xml))
        {
            return Zip(entries);
        }

        var doc = XDocument.Parse(Encoding.UTF8.GetString(xml));
        var elements = doc.Descendants().ToList();
        for (var k = rnd.Next(1, 5); k > 0 && elements.Count > 1; k--)
        {
            var e = elements[rnd.Next(1, elements.Count)];
            if (e.Parent is null)
            {
                continue;
            }

            switch (rnd.Next(7))
            {
                case 0:
                    e.Remove();
                    break;
                case 1:
                    e.AddAfterSelf(new XElement(e));
                    break;
                case 2:
                    var target = elements[rnd.Next(elements.Count)];
                    if (target != e && !target.Ancestors().Contains(e) && target.Parent is not null)
                    {
                        e.Remove();
                        target.Add(e);
                    }

                    break;
                case 3:
                    if (e.Attributes().Where(a => a.Name.Namespace != XNamespace.Xml && !a.IsNamespaceDeclaration).ToList() is { Count: > 0 } attributes)
                    {
                        Pick(rnd, attributes.ToArray()).Value = Pick(rnd, HostileAttributeValues);
                    }

                    break;
                case 4:
                    e.Attributes().Where(_ => rnd.Next(2) == 0).Remove();
                    break;
                case 5:
                    var w = doc.Root!.GetNamespaceOfPrefix("w") ?? XNamespace.Get("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
                    var fragment = XElement.Parse("<root xmlns:w=\"" + w.NamespaceName + "\">" + Pick(rnd, HostileXml) + "</root>");
                    e.AddAfterSelf(fragment.Elements());
                    break;
                default:
                    var names = new[] { "p", "r", "t", "tbl", "tr", "tc", "body", "sectPr", "txbxContent", "hyperlink" };
                    e.Name = (e.Name.Namespace) + Pick(rnd, names);
                    break;
            }
        }

        entries[name] = Encoding.UTF8.GetBytes(doc.ToString(SaveOptions.DisableFormatting));
        return Zip(entries);
    }, "docx");

    [Fact]
    public void Html_mutated() => Run(3000, rnd => Encoding.UTF8.GetBytes(Mutate(rnd, Pick(rnd, HtmlSeeds.Value))), "html");

    [Fact]
    public void Text_mutated() => Run(3000, rnd =>
    {
        var text = Mutate(rnd, Pick(rnd, TextSeeds.Value));
        return rnd.Next(10) == 0 ? Encoding.GetEncoding("ISO-8859-1").GetBytes(text) : Encoding.UTF8.GetBytes(text);
    }, "txt");

    private static string Mutate(Random rnd, string seed)
    {
        var sb = new StringBuilder(seed);
        for (var k = rnd.Next(1, 8); k > 0; k--)
        {
            var at = sb.Length == 0 ? 0 : rnd.Next(sb.Length);
            switch (rnd.Next(5))
            {
                case 0:
                    sb.Insert(at, Pick(rnd, Hostile));
                    break;
                case 1:
                    sb.Remove(at, Math.Min(rnd.Next(1, 400), sb.Length - at));
                    break;
                case 2:
                    var len = Math.Min(rnd.Next(1, 400), sb.Length - at);
                    sb.Insert(rnd.Next(sb.Length + 1), sb.ToString(at, len));
                    break;
                case 3:
                    if (sb.Length > 0)
                    {
                        sb[at] = (char)rnd.Next(0x20, 0x2000);
                    }

                    break;
                default:
                    var lines = sb.ToString().Split('\n').ToList();
                    var i = rnd.Next(lines.Count);
                    var line = lines[i];
                    lines.RemoveAt(i);
                    lines.Insert(rnd.Next(lines.Count + 1), line);
                    sb.Clear().Append(string.Join("\n", lines));
                    break;
            }
        }

        return sb.ToString();
    }

    private static void Run(int cases, Func<Random, byte[]> make, string extension)
    {
        Gen.Int.Sample(seed =>
        {
            var bytes = make(new Random(seed));
            ValidationResult result;
            try
            {
                result = Tool.Validate(new MemoryStream(bytes), "mutated." + extension);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"case seed {seed} ({extension}, {bytes.Length} bytes) threw", ex);
            }

            result.Diagnostics.Where(d => d.MessageKey == "rule-failed").Should().BeEmpty($"no rule may fail (case seed {seed})");
        }, iter: cases * Scale, threads: 2);
    }

    private static T Pick<T>(Random rnd, T[] items) => items[rnd.Next(items.Length)];

    private static Dictionary<string, byte[]> Entries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            entries[e.FullName] = m.ToArray();
        }

        return entries;
    }

    private static byte[] Zip(Dictionary<string, byte[]> entries)
    {
        using var m = new MemoryStream();
        using (var zip = new ZipArchive(m, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(bytes);
            }
        }

        return m.ToArray();
    }
}
