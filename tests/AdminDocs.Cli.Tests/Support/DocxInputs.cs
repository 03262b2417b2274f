using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;

namespace AdminDocs.Cli.Tests.Support;

/// <summary>Builds .docx files (good and bad) byte by byte for the tool's process tests.</summary>
public static class DocxInputs
{
    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string PackageRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    private const string VbaRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>""";

    private const string Header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

    /// <summary>
    /// A .docx with one paragraph per line of <paramref name="text"/>, the way the text reader sees it: Markdown
    /// emphasis (<c>**...**</c>, also across lines) becomes bold runs, and so do the lines in
    /// <paramref name="boldLines"/> (Word documents make the issuing body, the Quốc hiệu, the title... bold).
    /// </summary>
    public static byte[] FromText(string text, params string[] boldLines)
    {
        var body = new StringBuilder(Header);
        var bold = false;
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
        {
            body.Append("<w:p>");
            var pieces = line.Split("**");
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    bold = !bold;
                }

                if (pieces[i].Length > 0)
                {
                    body.Append("<w:r>").Append(bold || boldLines.Contains(line) ? "<w:rPr><w:b/></w:rPr>" : string.Empty)
                        .Append("<w:t xml:space=\"preserve\">").Append(SecurityElement.Escape(pieces[i])).Append("</w:t></w:r>");
                }
            }

            body.Append("</w:p>");
        }

        body.Append("<w:sectPr/></w:body></w:document>");
        return Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels), ("word/document.xml", body.ToString()));
    }

    /// <summary>A macro-enabled document (.docm).</summary>
    public static byte[] Docm(string text) =>
        Zip(
            ("[Content_Types].xml", ContentTypes.Replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml",
                StringComparison.Ordinal)),
            ("_rels/.rels", PackageRels),
            ("word/document.xml", Header + "<w:p><w:r><w:t>" + SecurityElement.Escape(text) + "</w:t></w:r></w:p></w:body></w:document>"),
            ("word/_rels/document.xml.rels", VbaRels),
            ("word/vbaProject.bin", Enumerable.Range(0, 1024).Select(i => (byte)i).ToArray()));

    /// <summary>The bad inputs of issue 3: (file name, bytes, expected message key, a piece of the English message).</summary>
    public static IEnumerable<(string Name, byte[] Bytes, string Key, string Says)> BadInputs()
    {
        var good = FromText(string.Join("\n", Enumerable.Range(0, 100).Select(i => "Đoạn văn số " + i)));
        yield return ("empty.docx", Array.Empty<byte>(), "AD0001.empty-file", "The file is empty");
        yield return ("text.docx", Encoding.UTF8.GetBytes("UBND TỈNH BÌNH ĐỊNH\nBÁO CÁO\n"), "AD0001.text-file", "Rename it to .txt");
        yield return ("truncated.docx", good.AsSpan(0, good.Length / 2).ToArray(), "AD0001.truncated-zip", "incomplete");
        yield return ("malformed.docx", Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels), ("word/document.xml", Header + "<w:p><w:r><w:t>x</w:p>")), "AD0001.malformed-part", "not well-formed XML");
        yield return ("no-document.docx", Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels)), "AD0001.missing-part", "word/document.xml");
        yield return ("bomb.docx", Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels), ("word/document.xml", Header + new string(' ', 4 << 20) + "</w:body></w:document>")), "AD0002.compression-ratio", "zip bomb");
        yield return ("encrypted.docx", CompoundFile("EncryptionInfo", "EncryptedPackage"), "AD0001.encrypted", "Encrypt with Password");
        yield return ("legacy.docx", CompoundFile("WordDocument", "1Table"), "AD0001.legacy-doc", "soffice --headless --convert-to docx");
    }

    private static byte[] Zip(params (string Name, object Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                var bytes = content as byte[] ?? Encoding.UTF8.GetBytes((string)content);
                s.Write(bytes, 0, bytes.Length);
            }
        }

        return memory.ToArray();
    }

    /// <summary>An OLE compound file (512-byte sectors; FAT in sector 0, directory in sector 1) with these streams.</summary>
    private static byte[] CompoundFile(params string[] streams)
    {
        var file = new byte[512 * 4];
        var span = file.AsSpan();
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(span[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(span[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(span[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(span[44..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(span[48..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(span[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(span[60..], 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(span[68..], 0xFFFFFFFE);
        span[76..512].Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(span[76..], 0);
        var fat = span[512..1024];
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, 0xFFFFFFFD);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[8..], 0xFFFFFFFE);
        var names = new[] { ("Root Entry", (byte)5) }.Concat(streams.Select(s => (s, (byte)2))).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            var entry = span[(1024 + (i * 128))..];
            var name = Encoding.Unicode.GetBytes(names[i].Item1);
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length + 2));
            entry[66] = names[i].Item2;
        }

        return file;
    }
}
