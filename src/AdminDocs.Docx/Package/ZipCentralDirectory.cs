using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AdminDocs.Docx.Package;

/// <summary>One entry of a zip central directory, with the sizes it declares.</summary>
internal sealed class ZipEntryRecord
{
    /// <summary>The entry name ("word/document.xml").</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The general-purpose flags.</summary>
    public int Flags { get; set; }

    /// <summary>The compression method (0 stored, 8 deflate).</summary>
    public int Method { get; set; }

    /// <summary>The declared compressed size.</summary>
    public long CompressedSize { get; set; }

    /// <summary>The declared uncompressed size.</summary>
    public long UncompressedSize { get; set; }

    /// <summary>The offset of the local file header.</summary>
    public long LocalHeaderOffset { get; set; }

    /// <summary>The offset of the entry's compressed data (set once the local header has been checked).</summary>
    public long DataOffset { get; set; }

    /// <summary>Whether the entry is a folder ("word/").</summary>
    public bool IsDirectory => Name.EndsWith("/", StringComparison.Ordinal);
}

/// <summary>
/// Reads a zip file's end-of-central-directory record and central directory from bytes already in memory, without
/// inflating anything and without trusting any offset or count: every read is bounds-checked, the number of entries
/// is capped before the directory is walked, and each entry's local header and data must lie inside the file.
/// </summary>
internal static class ZipCentralDirectory
{
    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const uint Zip64EndOfCentralDirectorySignature = 0x06064b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint LocalHeaderSignature = 0x04034b50;

    /// <summary>Reads the entries.</summary>
    /// <param name="data">The file.</param>
    /// <param name="length">The number of valid bytes in <paramref name="data"/>.</param>
    /// <param name="maxEntries">The most entries allowed.</param>
    /// <param name="entries">The entries, in directory order.</param>
    /// <returns><see langword="null"/>, or why the zip cannot be read.</returns>
    public static PackageRejection? TryRead(byte[] data, int length, int maxEntries, out List<ZipEntryRecord> entries)
    {
        entries = new List<ZipEntryRecord>();
        var eocd = FindEndOfCentralDirectory(data, length);
        if (eocd < 0)
        {
            // No end record: the file was cut short (or is not a zip at all, which the caller ruled out).
            return PackageRejection.Unreadable("truncated-zip");
        }

        long totalEntries = U16(data, eocd + 10);
        long directorySize = U32(data, eocd + 12);
        long directoryOffset = U32(data, eocd + 16);
        var disk = U16(data, eocd + 4);
        var directoryDisk = U16(data, eocd + 6);
        var directoryEnd = (long)eocd;
        if (totalEntries == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF)
        {
            var locator = eocd - 20;
            if (locator >= 0 && U32(data, locator) == Zip64LocatorSignature)
            {
                var zip64 = U64(data, locator + 8);
                if (zip64 < 0 || zip64 + 56 > locator || U32(data, (int)zip64) != Zip64EndOfCentralDirectorySignature)
                {
                    return PackageRejection.Unreadable("truncated-zip");
                }

                var at = (int)zip64;
                disk = (int)U32(data, at + 16);
                directoryDisk = (int)U32(data, at + 20);
                totalEntries = U64(data, at + 32);
                directorySize = U64(data, at + 40);
                directoryOffset = U64(data, at + 48);
                directoryEnd = zip64;
            }
        }

        if (disk != 0 || directoryDisk != 0)
        {
            // A multi-volume archive: only its last piece is here.
            return PackageRejection.Unreadable("truncated-zip");
        }

        if (totalEntries < 0 || totalEntries > maxEntries)
        {
            return TooManyEntries(totalEntries < 0 ? long.MaxValue : totalEntries, maxEntries);
        }

        if (directoryOffset < 0 || directorySize < 0 || directoryOffset > directoryEnd || directorySize > directoryEnd - directoryOffset)
        {
            return PackageRejection.Unreadable("truncated-zip");
        }

        var position = (int)directoryOffset;
        var end = (int)(directoryOffset + directorySize);
        while (position < end)
        {
            if (entries.Count >= maxEntries)
            {
                // The end record under-declared the count: count no further than the limit.
                return TooManyEntries(entries.Count + 1L, maxEntries);
            }

            if (position + 46 > end || U32(data, position) != CentralHeaderSignature)
            {
                return PackageRejection.Unreadable("truncated-zip");
            }

            var nameLength = U16(data, position + 28);
            var extraLength = U16(data, position + 30);
            var commentLength = U16(data, position + 32);
            var next = position + 46L + nameLength + extraLength + commentLength;
            if (next > end)
            {
                return PackageRejection.Unreadable("truncated-zip");
            }

            var name = Encoding.UTF8.GetString(data, position + 46, nameLength);
            long compressed = U32(data, position + 20);
            long uncompressed = U32(data, position + 24);
            long localOffset = U32(data, position + 42);
            ReadZip64Extra(data, position + 46 + nameLength, extraLength, ref uncompressed, ref compressed, ref localOffset);
            entries.Add(new ZipEntryRecord
            {
                Name = name,
                Flags = U16(data, position + 8),
                Method = U16(data, position + 10),
                CompressedSize = compressed,
                UncompressedSize = uncompressed,
                LocalHeaderOffset = localOffset,
            });
            position = (int)next;
        }

        if (entries.Count != totalEntries && totalEntries != 0xFFFF)
        {
            return PackageRejection.Unreadable("truncated-zip");
        }

        // Each entry's local header and data must end before the central directory starts.
        foreach (var entry in entries)
        {
            var local = entry.LocalHeaderOffset;
            if (local < 0 || local + 30 > directoryOffset || U32(data, (int)local) != LocalHeaderSignature)
            {
                return PackageRejection.Unreadable("truncated-zip");
            }

            var dataOffset = local + 30 + U16(data, (int)local + 26) + U16(data, (int)local + 28);
            if (entry.CompressedSize < 0 || dataOffset > directoryOffset || entry.CompressedSize > directoryOffset - dataOffset)
            {
                return PackageRejection.Unreadable("truncated-zip");
            }

            entry.DataOffset = dataOffset;
        }

        return null;
    }

    private static PackageRejection TooManyEntries(long count, int limit) =>
        PackageRejection.Limit(
            "too-many-entries",
            count == long.MaxValue ? "> " + limit.ToString(CultureInfo.InvariantCulture) : count.ToString(CultureInfo.InvariantCulture),
            limit.ToString(CultureInfo.InvariantCulture));

    /// <summary>The offset of the end-of-central-directory record, searched backwards over the last 64 KiB + 22
    /// bytes (the record plus the longest comment), or -1.</summary>
    private static int FindEndOfCentralDirectory(byte[] data, int length)
    {
        var lowest = Math.Max(0, length - 22 - 0xFFFF);
        for (var i = length - 22; i >= lowest; i--)
        {
            if (data[i] == 0x50 && U32(data, i) == EndOfCentralDirectorySignature && i + 22L + U16(data, i + 20) <= length)
            {
                return i;
            }
        }

        return -1;
    }

    private static void ReadZip64Extra(byte[] data, int start, int length, ref long uncompressed, ref long compressed, ref long localOffset)
    {
        var position = start;
        var end = start + length;
        while (position + 4 <= end)
        {
            var id = U16(data, position);
            var size = U16(data, position + 2);
            var body = position + 4;
            if (body + size > end)
            {
                return;
            }

            if (id == 0x0001)
            {
                var at = body;
                if (uncompressed == 0xFFFFFFFF && at + 8 <= body + size)
                {
                    uncompressed = U64(data, at);
                    at += 8;
                }

                if (compressed == 0xFFFFFFFF && at + 8 <= body + size)
                {
                    compressed = U64(data, at);
                    at += 8;
                }

                if (localOffset == 0xFFFFFFFF && at + 8 <= body + size)
                {
                    localOffset = U64(data, at);
                }

                return;
            }

            position = body + size;
        }
    }

    internal static int U16(byte[] data, int offset) => data[offset] | (data[offset + 1] << 8);

    internal static uint U32(byte[] data, int offset) =>
        (uint)(data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16) | (data[offset + 3] << 24));

    /// <summary>A 64-bit little-endian value; values above <see cref="long.MaxValue"/> come back negative, which every
    /// caller treats as out of bounds.</summary>
    internal static long U64(byte[] data, int offset) => (long)U32(data, offset) | ((long)U32(data, offset + 4) << 32);
}
