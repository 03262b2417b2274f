using System;
using System.Collections.Generic;
using System.Text;

namespace AdminDocs.Docx.Package;

/// <summary>
/// Looks inside an OLE compound file (Compound File Binary, [MS-CFB]; signature D0 CF 11 E0 A1 B1 1A E1) far
/// enough to tell a password-protected .docx (an "EncryptedPackage" stream, [MS-OFFCRYPTO]) from a legacy binary
/// Word document (.doc). Only the header, the FAT and the directory sectors are read; every sector number is
/// bounds-checked and every chain is cut at the number of sectors in the file, so a hostile file cannot loop.
/// </summary>
internal static class CompoundFileInspector
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderSize = 512;
    private const int DirectoryEntrySize = 128;

    private static readonly byte[] Signature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    /// <summary>Whether the bytes start with the compound file signature.</summary>
    /// <param name="data">The file.</param>
    /// <param name="length">The number of valid bytes.</param>
    /// <returns>Whether it is a compound file.</returns>
    public static bool IsCompoundFile(byte[] data, int length)
    {
        if (length < Signature.Length)
        {
            return false;
        }

        for (var i = 0; i < Signature.Length; i++)
        {
            if (data[i] != Signature[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the compound file holds an "EncryptedPackage" stream (an encrypted Office Open XML file).</summary>
    /// <param name="data">The file.</param>
    /// <param name="length">The number of valid bytes.</param>
    /// <returns>Whether it is an encrypted package.</returns>
    public static bool IsEncryptedPackage(byte[] data, int length)
    {
        var names = ReadDirectoryNames(data, length);

        // A directory that could not be followed (a damaged or unusual file): fall back to looking at every
        // 128-byte-aligned place a directory entry can be, which is where the sectors put them.
        return names is null ? ScanAlignedEntries(data, length) : names.Contains("EncryptedPackage");
    }

    /// <summary>The names of the directory entries, or <see langword="null"/> when the structure is not sound.</summary>
    internal static HashSet<string>? ReadDirectoryNames(byte[] data, int length)
    {
        if (length < HeaderSize || !IsCompoundFile(data, length))
        {
            return null;
        }

        var sectorShift = ZipCentralDirectory.U16(data, 30);
        if (sectorShift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        // Sector n starts at (n + 1) * sectorSize: the header takes the place of sector -1.
        var sectorCount = length > sectorSize ? (length - 1) / sectorSize : 0;

        var fat = ReadFat(data, length, sectorSize, sectorCount);
        if (fat is null)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var sector = ZipCentralDirectory.U32(data, 48);
        var steps = 0;
        while (sector != EndOfChain)
        {
            if (sector >= (uint)sectorCount || sector >= (uint)fat.Length || ++steps > sectorCount)
            {
                return names.Count > 0 ? names : null;
            }

            var start = SectorOffset(sector, sectorSize);
            for (var entry = start; entry + DirectoryEntrySize <= start + sectorSize && entry + DirectoryEntrySize <= length; entry += DirectoryEntrySize)
            {
                if (EntryName(data, entry) is { } name)
                {
                    names.Add(name);
                }
            }

            sector = fat[sector];
        }

        return names;
    }

    private static uint[]? ReadFat(byte[] data, int length, int sectorSize, int sectorCount)
    {
        var fatSectorCount = ZipCentralDirectory.U32(data, 44);
        if (fatSectorCount > (uint)sectorCount)
        {
            return null;
        }

        // The FAT's own sectors: the first 109 are listed in the header, the rest in the DIFAT chain.
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109 && fatSectors.Count < fatSectorCount; i++)
        {
            fatSectors.Add(ZipCentralDirectory.U32(data, 76 + (i * 4)));
        }

        var difat = ZipCentralDirectory.U32(data, 68);
        var perDifat = (sectorSize / 4) - 1;
        var steps = 0;
        while (fatSectors.Count < fatSectorCount && difat < (uint)sectorCount && ++steps <= sectorCount)
        {
            var start = SectorOffset(difat, sectorSize);
            if (start + sectorSize > length)
            {
                return null;
            }

            for (var i = 0; i < perDifat && fatSectors.Count < fatSectorCount; i++)
            {
                fatSectors.Add(ZipCentralDirectory.U32(data, start + (i * 4)));
            }

            difat = ZipCentralDirectory.U32(data, start + (perDifat * 4));
        }

        var perSector = sectorSize / 4;
        var fat = new uint[Math.Min((long)fatSectors.Count * perSector, sectorCount)];
        var index = 0;
        foreach (var fatSector in fatSectors)
        {
            if (fatSector >= (uint)sectorCount)
            {
                return null;
            }

            var start = SectorOffset(fatSector, sectorSize);
            for (var i = 0; i < perSector && index < fat.Length && start + (i * 4) + 4 <= length; i++)
            {
                fat[index++] = ZipCentralDirectory.U32(data, start + (i * 4));
            }
        }

        return fat;
    }

    private static int SectorOffset(uint sector, int sectorSize) => (int)((sector + 1L) * sectorSize);

    /// <summary>The name of the directory entry at <paramref name="offset"/>: UTF-16LE, its length in bytes
    /// (terminating NUL included) at +64, an object type (1 storage, 2 stream, 5 root) at +66.</summary>
    private static string? EntryName(byte[] data, int offset)
    {
        var nameBytes = ZipCentralDirectory.U16(data, offset + 64);
        var type = data[offset + 66];
        if (type is not (1 or 2 or 5) || nameBytes < 2 || nameBytes > 64 || nameBytes % 2 != 0)
        {
            return null;
        }

        return Encoding.Unicode.GetString(data, offset, nameBytes - 2);
    }

    private static bool ScanAlignedEntries(byte[] data, int length)
    {
        for (var offset = HeaderSize; offset + DirectoryEntrySize <= length; offset += DirectoryEntrySize)
        {
            if (data[offset] == (byte)'E' && data[offset + 66] == 2 && EntryName(data, offset) == "EncryptedPackage")
            {
                return true;
            }
        }

        return false;
    }
}
