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
/// builder, which is encoded into pooled byte segments whenever it holds <see cref="FlushThreshold"/> characters and
/// at the end, and the segments are copied once into an array of the file's exact size. The builder stays small
/// whatever the file's size (an interface of a large API is tens of megabytes) and is reused by the next file on the
/// same thread, so a file costs little more than its bytes.
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

    private static readonly List<ArraySegment<byte>> NoSegments = new();

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
        var builder = Builder;
        var length = builder.Length;
        if (length == 0)
        {
            return;
        }

        // netstandard2.0 has no StringBuilder.GetChunks nor span overloads of Encoding: the characters go through a pooled array.
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            builder.CopyTo(0, chars, 0, length);
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

        builder.Clear();
    }

    /// <summary>The whole text as UTF-8 (no byte order mark), in an array of its exact size; the writer is done after this.</summary>
    public byte[] ToUtf8()
    {
        if (_utf8 is not null)
        {
            return _utf8;
        }

        if (_indentation != 0)
        {
            throw new InvalidOperationException("Indentation did not return to zero: a block was left open.");
        }

        Encode();
        var builder = Builder;
        _builder = null;
        if (builder.Capacity <= MaxCachedCapacity)
        {
            t_cachedBuilder = builder;
        }

        // Most files fit one segment; a large one is in several, copied in order.
        var total = _segmentUsed;
        foreach (var full in _fullSegments ?? NoSegments)
        {
            total += full.Count;
        }

        var utf8 = total == 0 ? Array.Empty<byte>() : new byte[total];
        var offset = 0;
        foreach (var full in _fullSegments ?? NoSegments)
        {
            offset = CopyAndReturn(full.Array!, full.Count, utf8, offset);
        }

        if (_segment is not null)
        {
            CopyAndReturn(_segment, _segmentUsed, utf8, offset);
            _segment = null;
        }

        _fullSegments = null;
        _utf8 = utf8;
        return utf8;
    }

    private static int CopyAndReturn(byte[] segment, int count, byte[] into, int offset)
    {
        Buffer.BlockCopy(segment, 0, into, offset, count);
        ArrayPool<byte>.Shared.Return(segment);
        return offset + count;
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
