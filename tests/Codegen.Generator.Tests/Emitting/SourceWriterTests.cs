using System.Text;
using Codegen.Generator.Common;
using Codegen.Generator.Emitting;

namespace Codegen.Generator.Tests.Emitting;

/// <summary>
/// The writer gives a file as UTF-8: small files are encoded at the end, large ones line by line into segments that are
/// joined at the end. Either way the bytes must be exactly the UTF-8 of the text written, whatever its characters.
/// </summary>
public sealed class SourceWriterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(200_000)]
    public void The_bytes_are_the_UTF8_of_the_text_written_whatever_the_size(int lines)
    {
        var writer = new SourceWriter();
        var expected = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            // ASCII, two- and three-byte characters, and a surrogate pair (four bytes), indented and not.
            var line = $"line {i}: café ‘quoted’ 𝄞 end";
            if (i % 3 == 0)
            {
                writer.OpenBlock();
                writer.WriteLine($"{line}");
                writer.CloseBlock();
                expected.Append("{\n    ").Append(line).Append("\n}\n");
            }
            else
            {
                writer.WriteLine(line);
                writer.WriteLine();
                expected.Append(line).Append("\n\n");
            }
        }

        var utf8 = writer.ToUtf8();

        Assert.Equal(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(expected.ToString()), utf8);
        Assert.Equal(expected.ToString(), writer.ToString());
    }

    /// <summary>
    /// Emit keeps the files' bytes one after another in shared blocks (<see cref="ByteBlocks"/>): every file must keep exactly
    /// its own bytes after the files after it are written, whether it landed in a block or got an array of its own (a
    /// large one, encoded in segments first), with the blocks of a small model and of a large one.
    /// </summary>
    [Theory]
    [InlineData(10)]
    [InlineData(ByteBlocks.LargeFromTypes)]
    public void Files_kept_in_shared_blocks_keep_exactly_their_own_bytes(int types)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var blocks = new ByteBlocks(types);
        var kept = new List<(string Text, GeneratedFile File)>();
        for (var file = 0; file < 400; file++)
        {
            // Mostly small files, enough of them to fill several blocks; every fiftieth past the size of a block of its own.
            var lines = file % 50 == 7 ? 4_000 : 1 + (file % 40);
            var writer = new SourceWriter();
            var text = new StringBuilder();
            for (var line = 0; line < lines; line++)
            {
                var content = $"file {file} line {line}: ‘é’ 𝄞";
                writer.WriteLine(content);
                text.Append(content).Append('\n');
            }

            kept.Add((text.ToString(), new GeneratedFile("F.g.cs", writer.EncodeInto(blocks))));
        }

        Assert.Contains(kept, file => file.File.Utf8Content.Length > 80 * 1024);
        foreach (var (text, file) in kept)
        {
            Assert.Equal(utf8.GetBytes(text), file.Utf8Content.ToArray());
            Assert.Equal(text, file.Text);
            Assert.Equal(new GeneratedFile("F.g.cs", utf8.GetBytes(text)), file);
            Assert.Equal(new GeneratedFile("F.g.cs", utf8.GetBytes(text)).GetHashCode(), file.GetHashCode());
        }
    }

    /// <summary>A first file longer than the first block (8 KB) but short of an array of its own (10 KB): this threw before.</summary>
    [Fact]
    public void A_first_file_longer_than_the_first_block_is_kept_whole()
    {
        var writer = new SourceWriter();
        var text = new string('x', 9 * 1024 - 1) + "\n";
        writer.WriteLine(text[..^1]);

        var file = new GeneratedFile("F.g.cs", writer.EncodeInto(new ByteBlocks(types: 1)));

        Assert.Equal(text, file.Text);
    }

    /// <summary>The text is taken once, whichever way: a second take would silently give an empty file.</summary>
    [Fact]
    public void The_text_is_taken_once()
    {
        var blocks = new ByteBlocks(types: 1);
        var buffer = Array.Empty<byte>();
        var taken = new SourceWriter();
        taken.WriteLine("x");
        taken.EncodeInto(blocks);
        var owned = new SourceWriter();
        owned.WriteLine("y");
        owned.ToUtf8();

        Assert.Throws<InvalidOperationException>(() => taken.EncodeInto(blocks));
        Assert.Throws<InvalidOperationException>(() => taken.EncodeInto(ref buffer));
        Assert.Throws<InvalidOperationException>(() => taken.ToUtf8());
        Assert.Throws<InvalidOperationException>(() => owned.EncodeInto(blocks));
        Assert.Equal("y\n", owned.ToString());
    }

    [Fact]
    public void An_empty_writer_gives_no_bytes() => Assert.Empty(new SourceWriter().ToUtf8());

    [Fact]
    public void A_block_left_open_is_an_error()
    {
        var writer = new SourceWriter();
        writer.OpenBlock();

        Assert.Throws<InvalidOperationException>(() => writer.ToUtf8());
    }

    [Fact]
    public void Generated_files_are_equal_when_their_names_and_bytes_are()
    {
        var file = new GeneratedFile("A.g.cs", [1, 2, 3]);

        Assert.Equal(file, new GeneratedFile("A.g.cs", [1, 2, 3]));
        Assert.Equal(file.GetHashCode(), new GeneratedFile("A.g.cs", [1, 2, 3]).GetHashCode());
        Assert.NotEqual(file, new GeneratedFile("A.g.cs", [1, 2, 4]));
        Assert.NotEqual(file, new GeneratedFile("B.g.cs", [1, 2, 3]));
    }

    [Fact]
    public void A_generated_file_decodes_its_text() => Assert.Equal("é\n", new GeneratedFile("A.g.cs", [0xC3, 0xA9, 0x0A]).Text);
}
