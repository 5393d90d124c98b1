using System;
using System.Text;

namespace Codegen.Generator.Emitting;

/// <summary>One emitted source file: its hint name (also its file name on disk) and its content as UTF-8 without a byte order mark.</summary>
/// <remarks>
/// The content is held as the bytes written to disk, encoded once from the writer's buffer: a large description's
/// output is a hundred megabytes, which as strings would be twice that and would be encoded again to be written.
/// <see cref="Text"/> decodes it for the callers that want a string (tests, compilers). Equal when the names and the
/// bytes are, as the models between stages are.
/// </remarks>
internal sealed class GeneratedFile : IEquatable<GeneratedFile>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ArraySegment<byte> _utf8;

    /// <summary>Takes ownership of <paramref name="utf8"/>, which nothing may change afterwards.</summary>
    public GeneratedFile(string hintName, byte[] utf8)
        : this(hintName, new ArraySegment<byte>(utf8))
    {
    }

    /// <summary>
    /// Takes ownership of that part of the array (a block shared with other files, <see cref="Common.ByteBlocks"/>), which
    /// nothing may change afterwards. The file keeps the whole block alive, up to 1 MB: the files of one run are held together.
    /// </summary>
    public GeneratedFile(string hintName, ArraySegment<byte> utf8)
    {
        HintName = hintName;
        _utf8 = utf8;
    }

    public string HintName { get; }

    /// <summary>The file's bytes: UTF-8, no byte order mark, "\n" line ends.</summary>
    public ReadOnlyMemory<byte> Utf8Content => _utf8;

    /// <summary>The file's text, decoded from its bytes on each call.</summary>
    public string Text => Utf8.GetString(_utf8.Array!, _utf8.Offset, _utf8.Count);

    public bool Equals(GeneratedFile? other)
        => other is not null
            && (ReferenceEquals(this, other) || (string.Equals(HintName, other.HintName, StringComparison.Ordinal) && _utf8.AsSpan().SequenceEqual(other._utf8.AsSpan())));

    public override bool Equals(object? obj) => obj is GeneratedFile other && Equals(other);

    /// <summary>The name and the length: cheap for files of megabytes, and equal files have equal ones.</summary>
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(HintName) * 31) + _utf8.Count);

    public override string ToString() => HintName;
}
