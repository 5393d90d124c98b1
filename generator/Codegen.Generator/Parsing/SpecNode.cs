using System;
using System.Globalization;
using System.Linq;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Parsing;

/// <summary>A node of a loaded description together with where it lives: file and JSON pointer.</summary>
/// <remarks>
/// The pointer is kept as a chain of segments and written out only when asked: readers step through many
/// nodes (paths, operations, parameters, content) whose pointer nothing needs, and the one string most
/// nodes do need, a schema's id, is written with its prefix in one go (<see cref="PointerWithPrefix"/>).
/// </remarks>
internal readonly struct SpecNode
{
    private readonly PointerSegment? _pointer;

    /// <summary>A node at the root of <paramref name="file"/>: the empty pointer.</summary>
    public SpecNode(DocNode node, string file)
        : this(node, file, null)
    {
    }

    private SpecNode(DocNode node, string file, PointerSegment? pointer)
    {
        Node = node;
        File = file;
        _pointer = pointer;
    }

    public DocNode Node { get; }

    public string File { get; }

    /// <summary>The JSON pointer within <see cref="File"/>, "" at its root.</summary>
    public string Pointer => PointerWithPrefix(string.Empty);

    public SpecNode Child(DocNode node, string segment) => new(node, File, new PointerSegment(_pointer, EscapeSegment(segment)));

    /// <summary>The item at <paramref name="index"/> of a sequence.</summary>
    public SpecNode Child(DocNode node, int index)
        => new(node, File, new PointerSegment(_pointer, index < SmallIndexes.Length ? SmallIndexes[index] : index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The segments of the first items, made once: parameter lists and compositions are short, and there are many.</summary>
    private static readonly string[] SmallIndexes = Enumerable.Range(0, 16).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary><paramref name="prefix"/> followed by the pointer, as one new string.</summary>
    public string PointerWithPrefix(string prefix) => _pointer is null ? prefix : _pointer.Write(prefix);

    public static string EscapeSegment(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>One "/segment" of a pointer (escaped), after its parent's.</summary>
    private sealed class PointerSegment
    {
        [ThreadStatic]
        private static char[]? _buffer;

        private readonly PointerSegment? _parent;
        private readonly string _escaped;

        /// <summary>The last string written: the same $ref target is asked for its id many times.</summary>
        private string? _last;

        public PointerSegment(PointerSegment? parent, string escaped)
        {
            _parent = parent;
            _escaped = escaped;
        }

        public string Write(string prefix)
        {
            // The length is counted here rather than kept in each segment: most segments are never written.
            var pointerLength = 0;
            for (var segment = this; segment is not null; segment = segment._parent)
            {
                pointerLength += 1 + segment._escaped.Length;
            }

            var length = prefix.Length + pointerLength;
            var last = _last;
            if (last is not null && last.Length == length && string.CompareOrdinal(last, 0, prefix, 0, prefix.Length) == 0)
            {
                return last;
            }

            var buffer = _buffer;
            if (buffer is null || buffer.Length < length)
            {
                buffer = _buffer = new char[Math.Max(length, 256)];
            }

            prefix.CopyTo(0, buffer, 0, prefix.Length);
            var end = length;
            for (var segment = this; segment is not null; segment = segment._parent)
            {
                var start = end - segment._escaped.Length;
                segment._escaped.CopyTo(0, buffer, start, segment._escaped.Length);
                buffer[start - 1] = '/';
                end = start - 1;
            }

            var text = new string(buffer, 0, length);
            _last = text;
            return text;
        }
    }
}
