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
