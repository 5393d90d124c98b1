using System.Collections.Generic;

namespace Codegen.Generator.Parsing.Tree;

/// <summary>
/// One list per nesting level, reused by every collection read at that level: a collection fills its level's list and
/// the finished node copies it into an array of the right size, so reading allocates only those arrays.
/// </summary>
internal sealed class LevelBuffers<T>
{
    private readonly List<List<T>> _levels = new();

    /// <summary>The emptied list of <paramref name="depth"/>; valid until the next collection at that depth is read.</summary>
    public List<T> Rent(int depth)
    {
        while (_levels.Count <= depth)
        {
            _levels.Add(new List<T>());
        }

        var buffer = _levels[depth];
        buffer.Clear();
        return buffer;
    }
}
