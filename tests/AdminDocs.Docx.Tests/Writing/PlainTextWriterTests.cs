using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Writing;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Writing;

public class PlainTextWriterTests
{
    public static IEnumerable<object[]> TextAssets() => WritingAssets.TextFiles().Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(TextAssets))]
    public void Recognized_text_written_as_text_reads_back_to_the_same_model(string relative)
    {
        var model = WritingAssets.Recognize(relative);

        var text = PlainTextWriter.ToText(model);
        var back = DocumentRecognizer.Recognize(PlainTextReader.ReadText(text, "written.txt"));

        ModelText.Diff(model, back).Should().BeNull("the text written was:\n" + text);
    }

    [Fact]
    public void Writing_twice_gives_the_same_text()
    {
        var model = WritingAssets.Recognize("samples/bao-cao-mau-nd30.txt");
        var once = PlainTextWriter.ToText(model);
        var twice = PlainTextWriter.ToText(DocumentRecognizer.Recognize(PlainTextReader.ReadText(once)));

        twice.Should().Be(once, "once:\n" + once + "\ntwice:\n" + twice);
        once.Should().StartWith("UBND TỈNH BÌNH ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIAO THÔNG VẬN TẢI\nĐộc lập - Tự do - Hạnh phúc\n");
        once.Should().Contain("\nNơi nhận:\n- Như trên;\n");
    }

    [Fact]
    public void Stream_overload_writes_utf8_without_bom_and_leaves_the_stream_open()
    {
        var model = WritingAssets.Recognize("samples/bao-cao-mau-nd30.txt");
        using var stream = new MemoryStream();

        PlainTextWriter.Write(model, stream);

        stream.CanWrite.Should().BeTrue();
        var bytes = stream.ToArray();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(bytes).Should().Be(PlainTextWriter.ToText(model));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var model = new AdminDocument();
        ((Action)(() => PlainTextWriter.Write(null!, TextWriter.Null))).Should().Throw<ArgumentNullException>();
        ((Action)(() => PlainTextWriter.Write(model, (TextWriter)null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => PlainTextWriter.Write(model, new MemoryStream(Array.Empty<byte>(), writable: false)))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_empty_model_writes_no_text()
    {
        PlainTextWriter.ToText(new AdminDocument()).Should().BeEmpty();
    }
}
