using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using AdminDocs.Html.Tests.TestSupport;
using FluentAssertions;

namespace AdminDocs.Html.Tests.Browser;

/// <summary>
/// The written HTML opened in a real browser (headless Chromium): the element boxes put the Quốc hiệu block to the
/// right of the issuer, the Số line level with the date, the title centred on the text width, the rule under the
/// Tiêu ngữ as long as the Tiêu ngữ, the signature to the right of Nơi nhận; printing gives A4 pages.
/// </summary>
public class BrowserLayoutTests
{
    private const double MmToPx = 96 / 25.4;

    // Measures the boxes after layout and writes them into the page, which --dump-dom then prints.
    private const string Probe = """
        <script>
        (function () {
          function rect(r) { return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width }; }
          function box(sel) { var e = document.querySelector(sel); return e ? rect(e.getBoundingClientRect()) : null; }
          function text(sel) { var e = document.querySelector(sel); if (!e) return null; var g = document.createRange(); g.selectNodeContents(e); return rect(g.getBoundingClientRect()); }
          var a = document.querySelector('article.admindoc'), s = getComputedStyle(a), r = a.getBoundingClientRect();
          var out = {
            contentLeft: r.left + parseFloat(s.paddingLeft), contentRight: r.right - parseFloat(s.paddingRight),
            issuer: text('[data-component="issuer"]'), issuerBox: box('[data-component="issuer"]'),
            national: text('[data-component="national-title"]'), motto: text('[data-component="motto"]'), mottoBox: box('[data-component="motto"]'),
            mottoBorder: getComputedStyle(document.querySelector('[data-component="motto"]')).borderBottomStyle,
            number: text('[data-component="number"]'), placeDate: text('[data-component="place-date"]'),
            title: text('[data-component="title"]'), subject: text('article > [data-component="subject"]'),
            recipients: text('[data-component="recipients"]'), signature: text('[data-component="signature"]'),
            recipientsLabel: text('[data-component="recipients"] .ad-label'), signatureFirst: text('[data-component="signature"] p'),
            font: getComputedStyle(document.querySelector('[data-component="body"] p')).fontFamily,
            bodySize: getComputedStyle(document.querySelector('[data-component="body"] p')).fontSize
          };
          var pre = document.createElement('pre'); pre.id = 'boxes'; pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
        })();
        </script>
        """;

    private static AdminDocument Report() => HtmlTest.FromText(File.ReadAllText(HtmlTest.Asset("samples/bao-cao-mau-nd30.txt")));

    private static string WritePage(string html, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "browser");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, name);
        File.WriteAllText(file, html);
        return file;
    }

    private static JsonElement Boxes()
    {
        var html = HtmlTest.Write(Report()).Replace("</body>", Probe + "</body>", StringComparison.Ordinal);
        var dom = Chromium.Run(WritePage(html, "layout.html"), "--dump-dom", "--window-size=1200,1600", "--virtual-time-budget=3000");
        var m = Regex.Match(dom, "<pre id=\"boxes\">(.*?)</pre>", RegexOptions.Singleline);
        m.Success.Should().BeTrue("the probe must have run; Chromium printed:\n" + dom[..Math.Min(2000, dom.Length)]);
        return JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).RootElement;
    }

    private static double D(JsonElement e, string box, string side) => e.GetProperty(box).GetProperty(side).GetDouble();

    [ChromiumFact]
    public void The_header_footer_and_title_are_laid_out_as_Phu_luc_I_says()
    {
        var b = Boxes();

        // Ô 1 to the right of ô 2, and ô 4 (date) level with ô 3 (Số).
        D(b, "national", "left").Should().BeGreaterThan(D(b, "issuer", "right"));
        D(b, "motto", "left").Should().BeGreaterThan(D(b, "issuerBox", "right"));
        Math.Abs(D(b, "number", "top") - D(b, "placeDate", "top")).Should().BeLessThan(6, "the Số line and the date sit on one line");

        // The rule under the Tiêu ngữ is as long as the Tiêu ngữ.
        b.GetProperty("mottoBorder").GetString().Should().Be("solid");
        D(b, "mottoBox", "width").Should().BeApproximately(D(b, "motto", "width"), 1.5);

        // Tên loại and trích yếu centred on the text width (between the 30 mm and 15 mm margins).
        var center = (b.GetProperty("contentLeft").GetDouble() + b.GetProperty("contentRight").GetDouble()) / 2;
        ((D(b, "title", "left") + D(b, "title", "right")) / 2).Should().BeApproximately(center, 2);
        ((D(b, "subject", "left") + D(b, "subject", "right")) / 2).Should().BeApproximately(center, 2);
        (b.GetProperty("contentRight").GetDouble() - b.GetProperty("contentLeft").GetDouble()).Should().BeApproximately(165 * MmToPx, 2);

        // The signature to the right of Nơi nhận, its first line level with the label.
        D(b, "signature", "left").Should().BeGreaterThan(D(b, "recipients", "right"));
        Math.Abs(D(b, "signatureFirst", "top") - D(b, "recipientsLabel", "top")).Should().BeLessThan(6);

        b.GetProperty("font").GetString().Should().StartWith("\"Times New Roman\"");
        b.GetProperty("bodySize").GetString().Should().Be("18.6667px", "14 pt");
    }

    [ChromiumFact]
    public void Printing_gives_A4_pages_with_the_text()
    {
        var report = Report();
        var longer = report with { Body = new Body { Nodes = Enumerable.Range(0, 12).SelectMany(_ => report.Body.Nodes).ToImmutableArray() } };
        var file = WritePage(HtmlTest.Write(longer), "print.html");
        var pdf = Path.ChangeExtension(file, ".pdf");
        File.Delete(pdf);

        Chromium.Run(file, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");

        var bytes = File.ReadAllBytes(pdf);
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var boxes = Regex.Matches(text, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        boxes.Count.Should().BeGreaterThan(1, "a long report prints on several pages");
        foreach (Match m in boxes)
        {
            // A4 is 595.28 x 841.89 pt.
            double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture).Should().BeApproximately(595.28, 1);
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture).Should().BeApproximately(841.89, 1);
        }
    }

    /// <summary>
    /// Renders the báo cáo sample and saves the screenshot next to the test output; with ADMINDOCS_UPDATE_IMAGES=1 it
    /// also replaces docs/images/html-bao-cao.png (the image the README shows).
    /// </summary>
    [ChromiumFact]
    public void Screenshot_of_a_rendered_bao_cao()
    {
        var file = WritePage(HtmlTest.Write(Report()), "bao-cao.html");
        var png = Path.ChangeExtension(file, ".png");
        File.Delete(png);

        Chromium.Run(file, "--screenshot=" + png, "--window-size=900,1400", "--force-device-scale-factor=1");

        var bytes = File.ReadAllBytes(png);
        bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        BitConverter.ToInt32(bytes.Skip(16).Take(4).Reverse().ToArray()).Should().Be(900);
        if (Environment.GetEnvironmentVariable("ADMINDOCS_UPDATE_IMAGES") == "1")
        {
            File.Copy(png, Path.Combine(RepositoryRoot(), "docs", "images", "html-bao-cao.png"), overwrite: true);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
