using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace AdminDocs.Docx.Tests.Package;

/// <summary>Builds good and bad .docx inputs byte by byte, in memory, for the package guard's tests.</summary>
public static class PackageInputs
{
    public const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    public const string MacroContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>""";

    public const string PackageRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    public const string MacroDocumentRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>""";

    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>word/document.xml with one paragraph per line.</summary>
    public static string DocumentXml(IEnumerable<string> paragraphs)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"").Append(WordNs).Append("\"><w:body>");
        foreach (var p in paragraphs)
        {
            sb.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(System.Security.SecurityElement.Escape(p)).Append("</w:t></w:r></w:p>");
        }

        sb.Append("<w:sectPr/></w:body></w:document>");
        return sb.ToString();
    }

    /// <summary>A zip of the given entries (text entries in UTF-8, deflated).</summary>
    public static byte[] Zip(params (string Name, object Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var s = entry.Open();
                var bytes = content as byte[] ?? Encoding.UTF8.GetBytes((string)content);
                s.Write(bytes, 0, bytes.Length);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A minimal valid .docx with one paragraph per line.</summary>
    public static byte[] Docx(params string[] paragraphs) =>
        Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels), ("word/document.xml", DocumentXml(paragraphs)));

    /// <summary>A minimal .docm: a macro-enabled main part and a vbaProject.bin.</summary>
    public static byte[] Docm(params string[] paragraphs) =>
        Zip(
            ("[Content_Types].xml", MacroContentTypes),
            ("_rels/.rels", PackageRels),
            ("word/document.xml", DocumentXml(paragraphs)),
            ("word/_rels/document.xml.rels", MacroDocumentRels),
            ("word/vbaProject.bin", Enumerable.Range(0, 2048).Select(i => (byte)(i * 7)).ToArray()));

    /// <summary>A zip's central directory entries: (offset of the header, name).</summary>
    public static List<(int Offset, string Name)> CentralEntries(byte[] zip)
    {
        var eocd = zip.Length - 22;
        while (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(eocd)) != 0x06054b50)
        {
            eocd--;
        }

        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(eocd + 16));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(eocd + 10));
        var result = new List<(int, string)>();
        for (var i = 0; i < count; i++)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28));
            var extra = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 30));
            var comment = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 32));
            result.Add((at, Encoding.UTF8.GetString(zip, at + 46, nameLength)));
            at += 46 + nameLength + extra + comment;
        }

        return result;
    }

    /// <summary>Rewrites the declared sizes of an entry in the central directory and its local header.</summary>
    public static byte[] WithDeclaredSizes(byte[] zip, string name, uint? compressed, uint? uncompressed)
    {
        var copy = (byte[])zip.Clone();
        var (central, _) = CentralEntries(copy).Single(e => e.Name == name);
        var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(central + 42));
        if (compressed is { } c)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(central + 20), c);
            BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(local + 18), c);
        }

        if (uncompressed is { } u)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(central + 24), u);
            BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(local + 22), u);
        }

        return copy;
    }

    /// <summary>An XML part of about <paramref name="bytes"/> bytes that deflate squeezes about 1000:1
    /// (an element padded with spaces).</summary>
    public static string RepetitiveXml(int bytes) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + WordNs + "\"><w:body>"
        + new string(' ', bytes) + "</w:body></w:document>";

    /// <summary>An OLE compound file (512-byte sectors: header, FAT in sector 0, directory in sector 1, one data
    /// sector) whose directory holds the given entries (name, type: 1 storage, 2 stream).</summary>
    public static byte[] CompoundFile(params (string Name, byte Type)[] entries)
    {
        const int Sector = 512;
        var directorySectors = (entries.Length + 1 + 3) / 4;
        var file = new byte[Sector * (2 + directorySectors + 1)];
        var span = file.AsSpan();
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[24..], 0x3E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(span[26..], 3); // major version 3: 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(span[28..], 0xFFFE); // byte order
        BinaryPrimitives.WriteUInt16LittleEndian(span[30..], 9); // sector shift
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], 6); // mini sector shift
        BinaryPrimitives.WriteUInt32LittleEndian(span[44..], 1); // FAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(span[48..], 1); // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(span[56..], 4096); // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(span[60..], 0xFFFFFFFE); // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(span[68..], 0xFFFFFFFE); // no DIFAT sectors
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(76 + (i * 4))..], i == 0 ? 0u : 0xFFFFFFFF);
        }

        // FAT (sector 0): itself, the directory chain 1..n, one data sector, the rest free.
        var fat = span[Sector..(2 * Sector)];
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, 0xFFFFFFFD);
        for (var s = 1; s <= directorySectors; s++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(s * 4)..], s == directorySectors ? 0xFFFFFFFE : (uint)(s + 1));
        }

        BinaryPrimitives.WriteUInt32LittleEndian(fat[((directorySectors + 1) * 4)..], 0xFFFFFFFE);

        var all = new List<(string Name, byte Type)> { ("Root Entry", 5) };
        all.AddRange(entries);
        for (var i = 0; i < all.Count; i++)
        {
            var entry = span[(2 * Sector + (i * 128))..];
            var name = Encoding.Unicode.GetBytes(all[i].Name);
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length + 2));
            entry[66] = all[i].Type;
            entry[67] = 1; // black
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], 0xFFFFFFFF); // left sibling
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], 0xFFFFFFFF); // right sibling
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], i == 0 && all.Count > 1 ? 1u : 0xFFFFFFFF); // child
            BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], all[i].Type == 2 ? (uint)(directorySectors + 1) : 0xFFFFFFFE);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], all[i].Type == 2 ? 16u : 0u);
        }

        return file;
    }

    /// <summary>A password-protected .docx as Office writes it: a compound file with EncryptionInfo and EncryptedPackage.</summary>
    public static byte[] EncryptedDocx() =>
        CompoundFile(("\u0006DataSpaces", 1), ("EncryptionInfo", 2), ("EncryptedPackage", 2));

    /// <summary>A Word 97–2003 binary document.</summary>
    public static byte[] LegacyDoc() =>
        CompoundFile(("WordDocument", 2), ("1Table", 2), ("\u0005SummaryInformation", 2), ("\u0005DocumentSummaryInformation", 2));
}
