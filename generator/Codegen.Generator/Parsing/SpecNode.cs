using System;
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
        private readonly int _length;

        /// <summary>The last string written: the same $ref target is asked for its id many times.</summary>
        private string? _last;

        public PointerSegment(PointerSegment? parent, string escaped)
        {
            _parent = parent;
            _escaped = escaped;
            _length = (parent?._length ?? 0) + 1 + escaped.Length;
        }

        public string Write(string prefix)
        {
            var length = prefix.Length + _length;
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
            for (var segment = this; segment is not null; segment = segment._parent)
            {
                var end = prefix.Length + segment._length;
                var start = end - segment._escaped.Length;
                segment._escaped.CopyTo(0, buffer, start, segment._escaped.Length);
                buffer[start - 1] = '/';
            }

            var text = new string(buffer, 0, length);
            _last = text;
            return text;
        }
    }
}
