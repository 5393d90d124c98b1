using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace Codegen.Generator.Common;

/// <summary>A piece of source that appends itself to a line being written.</summary>
internal interface ISourceText
{
    void AppendTo(StringBuilder builder);
}

/// <summary>Builds source text line by line with a tracked indentation level and "\n" newlines, and gives it as UTF-8.</summary>
/// <remarks>
/// Modelled on dotnet/runtime's SourceWriter: indentation must return to zero before the text is taken.
/// Emitting is mostly this class: an interpolated line (<c>writer.WriteLine($"public {name} {member};")</c>)
/// is appended piece by piece through <see cref="LineHandler"/> rather than made into a string first.
/// The file is wanted as UTF-8 (what is written to disk), so it is never one string: whole lines wait in a small
/// builder, reused by the next file on the same thread. A file that ends before <see cref="FlushThreshold"/>
/// characters (most) is encoded from it straight into the array it ends in; a larger one (an interface of a large API
/// is tens of megabytes) is encoded into pooled byte segments each time the threshold is reached, and the segments are
/// copied once into that array at the end. The array is the file's own, of its exact size (<see cref="ToUtf8"/>), a block
/// shared with other files (<see cref="EncodeInto(ByteBlocks)"/>), or a buffer that a host writing each file out reuses
/// for the next (<see cref="EncodeInto(ref byte[])"/>). Either way the builder stays
/// small whatever the file's size, and a file costs little more than its bytes.
/// </remarks>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    /// <summary>Waiting characters that make the next line end encode them: small, but large enough that encoding is done in bulk.</summary>
    private const int FlushThreshold = 16 * 1024;

    /// <summary>Builders larger than this (after a very long line) are not kept: a long-lived thread should not hold megabytes.</summary>
    private const int MaxCachedCapacity = 256 * 1024;

    /// <summary>Encoded bytes go into segments this large (from the shared pool), fewer for a large file than its size in small arrays.</summary>
    private const int SegmentSize = 1024 * 1024;

    /// <summary>UTF-8 without a byte order mark, the encoding of every generated file.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The usual indentations, one append each (a line is a few appends: one per level was a good part of them).</summary>
    private static readonly string[] Indentations = { string.Empty, IndentUnit, IndentUnit + IndentUnit, IndentUnit + IndentUnit + IndentUnit, IndentUnit + IndentUnit + IndentUnit + IndentUnit };

    [ThreadStatic]
    private static StringBuilder? t_cachedBuilder;

    private StringBuilder? _builder;
    private List<ArraySegment<byte>>? _fullSegments;
    private byte[]? _segment;
    private int _segmentUsed;
    private byte[]? _utf8;
    private int _indentation;

    public SourceWriter()
    {
        _builder = t_cachedBuilder ?? new StringBuilder(FlushThreshold);
        t_cachedBuilder = null;
        _builder.Clear();
    }

    private StringBuilder Builder => _builder ?? throw new InvalidOperationException("The text was already taken.");

    public void Indent() => _indentation++;

    public void Unindent()
    {
        if (_indentation == 0)
        {
            throw new InvalidOperationException("Cannot unindent below zero.");
        }

        _indentation--;
    }

    public void OpenBlock()
    {
        WriteLine("{");
        Indent();
    }

    public void CloseBlock(string suffix = "")
    {
        Unindent();
        AppendIndentation();
        Builder.Append('}').Append(suffix);
        EndLine();
    }

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            AppendIndentation();
            Builder.Append(line);
        }

        EndLine();
    }

    /// <summary>An interpolated line, appended without making it a string first.</summary>
    public void WriteLine([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        // An empty line gets no indentation, as with a string.
        if (Builder.Length == line.ContentStart)
        {
            Builder.Length = line.LineStart;
        }

        EndLine();
    }

    public void WriteLine() => EndLine();

    private void AppendIndentation()
    {
        if (_indentation < Indentations.Length)
        {
            Builder.Append(Indentations[_indentation]);
            return;
        }

        for (var i = 0; i < _indentation; i++)
        {
            Builder.Append(IndentUnit);
        }
    }

    /// <summary>Ends the line; encodes the waiting lines once there are enough (only whole lines, so no character is split).</summary>
    private void EndLine()
    {
        Builder.Append('\n');
        if (Builder.Length >= FlushThreshold)
        {
            Encode();
        }
    }

    /// <summary>Moves the builder's characters into the byte segments, as UTF-8.</summary>
    private void Encode()
    {
        var chars = TakeChars(out var length);
        try
        {
            var needed = Utf8.GetMaxByteCount(length);
            if (_segment is null || _segment.Length - _segmentUsed < needed)
            {
                if (_segment is not null)
                {
                    (_fullSegments ??= new List<ArraySegment<byte>>()).Add(new ArraySegment<byte>(_segment, 0, _segmentUsed));
                }

                _segment = ArrayPool<byte>.Shared.Rent(Math.Max(SegmentSize, needed));
                _segmentUsed = 0;
            }

            _segmentUsed += Utf8.GetBytes(chars, 0, length, _segment, _segmentUsed);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The builder's characters in a pooled array (to return), and the builder emptied.</summary>
    /// <remarks>netstandard2.0 has no StringBuilder.GetChunks nor span overloads of Encoding: the characters are copied out.</remarks>
    private char[] TakeChars(out int length)
    {
        var builder = Builder;
        length = builder.Length;
        var chars = ArrayPool<char>.Shared.Rent(length);
        builder.CopyTo(0, chars, 0, length);
        builder.Clear();
        return chars;
    }

    /// <summary>The whole text as UTF-8 (no byte order mark), in an array of its exact size; the writer is done after this.</summary>
    public byte[] ToUtf8()
    {
        if (_utf8 is null)
        {
            var utf8 = Finish(static length => new ArraySegment<byte>(length == 0 ? Array.Empty<byte>() : new byte[length]));
            _utf8 = utf8.Array!;
        }

        return _utf8;
    }

    /// <summary>
    /// The whole text as UTF-8 (no byte order mark), written at the start of <paramref name="buffer"/> (a larger one when
    /// it is too small): for a caller that writes each file out before the next, and so keeps one array for all of them
    /// instead of one per file. The writer is done after this.
    /// </summary>
    /// <returns>The bytes written, which the buffer holds until it is used again.</returns>
    public ArraySegment<byte> EncodeInto(ref byte[] buffer)
    {
        var target = buffer;
        var written = Finish(length => new ArraySegment<byte>(target = target.Length >= length ? target : new byte[length], 0, length));
        buffer = target;
        return written;
    }

    /// <summary>The whole text as UTF-8 (no byte order mark), in room that <paramref name="blocks"/> gives it. The writer is done after this.</summary>
    public ArraySegment<byte> EncodeInto(ByteBlocks blocks) => Finish(blocks.Reserve);

    /// <summary>
    /// Encodes what is left and hands the builder on to the next writer; the bytes go into the room <paramref name="roomFor"/>
    /// gives. Once the builder is handed on, a second call throws (<see cref="Builder"/>), whichever way the text was taken.
    /// </summary>
    /// <param name="roomFor">Room for exactly the given number of bytes, which receives the whole text.</param>
    private ArraySegment<byte> Finish(Func<int, ArraySegment<byte>> roomFor)
    {
        if (_indentation != 0)
        {
            throw new InvalidOperationException("Indentation did not return to zero: a block was left open.");
        }

        // Most files are still all in the builder: encoded straight into the room. A large one is in segments, copied in order.
        var utf8 = _segment is null ? EncodeExactly(roomFor) : JoinSegments(roomFor);
        var builder = Builder;
        _builder = null;
        if (builder.Capacity <= MaxCachedCapacity)
        {
            t_cachedBuilder = builder;
        }

        return utf8;
    }

    private ArraySegment<byte> EncodeExactly(Func<int, ArraySegment<byte>> roomFor)
    {
        var chars = TakeChars(out var charCount);
        try
        {
            var utf8 = roomFor(Utf8.GetByteCount(chars, 0, charCount));
            Utf8.GetBytes(chars, 0, charCount, utf8.Array!, utf8.Offset);
            return utf8;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private ArraySegment<byte> JoinSegments(Func<int, ArraySegment<byte>> roomFor)
    {
        Encode();
        var segments = _fullSegments ?? new List<ArraySegment<byte>>();
        segments.Add(new ArraySegment<byte>(_segment!, 0, _segmentUsed));
        var length = 0;
        foreach (var segment in segments)
        {
            length += segment.Count;
        }

        var utf8 = roomFor(length);
        var offset = utf8.Offset;
        foreach (var segment in segments)
        {
            Buffer.BlockCopy(segment.Array!, 0, utf8.Array!, offset, segment.Count);
            offset += segment.Count;
            ArrayPool<byte>.Shared.Return(segment.Array!);
        }

        _segment = null;
        _fullSegments = null;
        return utf8;
    }

    /// <summary>The whole text, decoded from <see cref="ToUtf8"/>: for tests and callers that want a string.</summary>
    public override string ToString() => Utf8.GetString(ToUtf8());

    /// <summary>Appends an interpolated line's parts straight into the writer, after its indentation; formats as string interpolation does.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct LineHandler
    {
        private readonly StringBuilder _builder;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _ = literalLength;
            _ = formattedCount;
            _builder = writer.Builder;
            LineStart = _builder.Length;
            writer.AppendIndentation();
            ContentStart = _builder.Length;
        }

        public int LineStart { get; }

        public int ContentStart { get; }

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted(string? value) => _builder.Append(value);

        /// <summary>Text that writes itself into the line (an attribute, a parameter) instead of becoming a string first.</summary>
        public void AppendFormatted<T>(T value)
            where T : ISourceText
            => value.AppendTo(_builder);

        public void AppendFormatted(object? value)
        {
            // As DefaultInterpolatedStringHandler: IFormattable with no format and the current culture, else ToString().
            // (Holes of other types are few: numbers, a suffix; boxing them is cheaper than a generic method per type.)
            _builder.Append(value is IFormattable formattable ? formattable.ToString(null, null) : value?.ToString());
        }
    }
}
