using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Threading;
using AdminDocs.Reading;

namespace AdminDocs.Docx.Package;

/// <summary>
/// The inflated content of one zip entry, counted as it is read. The count is of real bytes, not of the sizes the
/// zip declares: as soon as the part, the package total or the part's compression ratio goes over its limit, the
/// stream records why and reports the end of the data, so no more than one buffer past a limit is ever inflated.
/// Damaged deflate data is recorded the same way instead of surfacing as an exception.
/// </summary>
internal sealed class BoundedPartStream : Stream
{
    /// <summary>Parts that inflate to less than this are exempt from the ratio limit: small, repetitive XML
    /// legitimately compresses very well.</summary>
    internal const long RatioGraceBytes = 1024 * 1024;

    private readonly Stream _inner;
    private readonly ZipEntryRecord _entry;
    private readonly ReaderLimits _limits;
    private readonly PackageCounter _counter;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Opens an entry's data.</summary>
    /// <param name="data">The whole file.</param>
    /// <param name="entry">The entry (its data offset checked).</param>
    /// <param name="limits">The limits.</param>
    /// <param name="counter">The package's running total.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public BoundedPartStream(byte[] data, ZipEntryRecord entry, ReaderLimits limits, PackageCounter counter, CancellationToken cancellationToken)
    {
        _entry = entry;
        _limits = limits;
        _counter = counter;
        _cancellationToken = cancellationToken;
        Stream compressed = new MemoryStream(data, (int)entry.DataOffset, (int)entry.CompressedSize, writable: false);
        _inner = entry.Method == 8 ? new DeflateStream(compressed, CompressionMode.Decompress) : compressed;
    }

    /// <summary>The real number of bytes inflated so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Why reading stopped early, or <see langword="null"/>.</summary>
    public PackageRejection? Rejection { get; private set; }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>Reads to the end of the part, counting.</summary>
    /// <param name="scratch">A buffer to read into.</param>
    public void Drain(byte[] scratch)
    {
        while (Read(scratch, 0, scratch.Length) > 0)
        {
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (Rejection is not null || count == 0)
        {
            return 0;
        }

        int n;
        try
        {
            n = _inner.Read(buffer, offset, count);
        }
        catch (InvalidDataException)
        {
            Rejection = PackageRejection.Unreadable("corrupt-zip", _entry.Name);
            return 0;
        }

        BytesRead += n;
        _counter.Total += n;
        if (BytesRead > _limits.MaxPartBytes)
        {
            Rejection = PackageRejection.Limit("part-too-large", _entry.Name, Invariant(BytesRead), Invariant(_limits.MaxPartBytes));
            return 0;
        }

        if (_counter.Total > _limits.MaxUncompressedBytes)
        {
            Rejection = PackageRejection.Limit("uncompressed-too-large", Invariant(_counter.Total), Invariant(_limits.MaxUncompressedBytes));
            return 0;
        }

        if (IsOverRatio(BytesRead, _entry.CompressedSize, _limits))
        {
            Rejection = RatioRejection(_entry.Name, BytesRead, _entry.CompressedSize, _limits);
            return 0;
        }

        return n;
    }

    /// <summary>Whether <paramref name="inflated"/> bytes from <paramref name="compressed"/> bytes is over the ratio
    /// limit (parts under <see cref="RatioGraceBytes"/> are exempt).</summary>
    internal static bool IsOverRatio(long inflated, long compressed, ReaderLimits limits) =>
        inflated > RatioGraceBytes && inflated > limits.MaxCompressionRatio * Math.Max(compressed, 1);

    /// <summary>The compression-ratio rejection for a part.</summary>
    internal static PackageRejection RatioRejection(string name, long inflated, long compressed, ReaderLimits limits) =>
        PackageRejection.Limit("compression-ratio", name, Invariant(inflated / Math.Max(compressed, 1)), Invariant(limits.MaxCompressionRatio));

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Invariant(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>The running total of bytes inflated from one package.</summary>
internal sealed class PackageCounter
{
    /// <summary>The bytes inflated so far, all parts together.</summary>
    public long Total { get; set; }
}
