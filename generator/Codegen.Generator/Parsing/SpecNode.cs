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
/// A node's own segment joins the chain only when a child is made: most nodes read (a property's schema, a
/// parameter's) have no child, and need no segment object of their own.
/// </remarks>
internal readonly struct SpecNode
{
    /// <summary>The pointer up to this node's parent (all of it when <see cref="_segment"/> is null).</summary>
    private readonly PointerSegment? _chain;

    /// <summary>This node's own segment, escaped, not yet in a <see cref="PointerSegment"/>; null when it is in <see cref="_chain"/> or at the root.</summary>
    private readonly string? _segment;

    /// <summary>A node at the root of <paramref name="file"/>: the empty pointer.</summary>
    public SpecNode(DocNode node, string file)
        : this(node, file, null, null)
    {
    }

    private SpecNode(DocNode node, string file, PointerSegment? chain, string? segment)
    {
        Node = node;
        File = file;
        _chain = chain;
        _segment = segment;
    }

    public DocNode Node { get; }

    public string File { get; }

    /// <summary>The JSON pointer within <see cref="File"/>, "" at its root.</summary>
    public string Pointer => PointerWithPrefix(string.Empty);

    public SpecNode Child(DocNode node, string segment) => new(node, File, FullChain(), EscapeSegment(segment));

    /// <summary>The item at <paramref name="index"/> of a sequence.</summary>
    public SpecNode Child(DocNode node, int index)
        => new(node, File, FullChain(), index < SmallIndexes.Length ? SmallIndexes[index] : index.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The same node with its segment in a chain of its own, made once: for a node whose children are many (a
    /// properties map, a parameter list), which would otherwise each make the same segment again; and for a node
    /// kept to be asked its pointer many times (a $ref's target), whose chain remembers the string it last wrote.
    /// </summary>
    public SpecNode Shared() => _segment is null ? this : new(Node, File, FullChain(), null);

    /// <summary><paramref name="prefix"/> followed by the pointer, as one new string.</summary>
    public string PointerWithPrefix(string prefix)
    {
        if (_segment is null)
        {
            return _chain is null ? prefix : _chain.Write(prefix);
        }

        return PointerSegment.Write(prefix, _chain, _segment);
    }

    /// <summary>The segment as a JSON pointer writes it; most need no escape, and are told so in one search.</summary>
    public static string EscapeSegment(string segment)
        => segment.IndexOfAny(PointerSpecials) < 0 ? segment : segment.Replace("~", "~0").Replace("/", "~1");

    private static readonly char[] PointerSpecials = { '~', '/' };

    /// <summary>The segments of the first items, made once: parameter lists and compositions are short, and there are many.</summary>
    private static readonly string[] SmallIndexes = Enumerable.Range(0, 16).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    private PointerSegment? FullChain() => _segment is null ? _chain : new PointerSegment(_chain, _segment);

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

        /// <summary><paramref name="prefix"/> and this pointer, remembered for the next call with the same prefix.</summary>
        public string Write(string prefix)
        {
            var last = _last;
            if (last is not null && last.Length == prefix.Length + LengthOf(this) && string.CompareOrdinal(last, 0, prefix, 0, prefix.Length) == 0)
            {
                return last;
            }

            return _last = Write(prefix, this, null);
        }

        /// <summary><paramref name="prefix"/>, the pointer of <paramref name="chain"/>, then "/" and <paramref name="segment"/> when there is one.</summary>
        public static string Write(string prefix, PointerSegment? chain, string? segment)
        {
            var length = prefix.Length + LengthOf(chain) + (segment is null ? 0 : 1 + segment.Length);
            var buffer = _buffer;
            if (buffer is null || buffer.Length < length)
            {
                buffer = _buffer = new char[Math.Max(length, 256)];
            }

            prefix.CopyTo(0, buffer, 0, prefix.Length);
            var end = length;
            if (segment is not null)
            {
                end = Prepend(buffer, end, segment);
            }

            for (var part = chain; part is not null; part = part._parent)
            {
                end = Prepend(buffer, end, part._escaped);
            }

            return new string(buffer, 0, length);
        }

        /// <summary>Writes "/" and <paramref name="escaped"/> to end at <paramref name="end"/>; returns where they start.</summary>
        private static int Prepend(char[] buffer, int end, string escaped)
        {
            var start = end - escaped.Length;
            escaped.CopyTo(0, buffer, start, escaped.Length);
            buffer[start - 1] = '/';
            return start - 1;
        }

        /// <summary>The length of the pointer, counted rather than kept in each segment: most segments are never written.</summary>
        private static int LengthOf(PointerSegment? chain)
        {
            var length = 0;
            for (var part = chain; part is not null; part = part._parent)
            {
                length += 1 + part._escaped.Length;
            }

            return length;
        }
    }
}
