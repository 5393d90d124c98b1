using System;
using System.Collections.Generic;

namespace Codegen.Generator.Binding;

/// <summary>
/// The schemas as a graph of allOf parts: which schemas are on a cycle of parts with which, and how often each
/// is written as a part. Enough to know, without walking them, when a schema's parts cannot meet it or each other.
/// </summary>
internal sealed class AllOfGraph
{
    /// <summary>By <see cref="SchemaEntry.Index"/>: the strongly connected component, the same number for schemas on a cycle of parts.</summary>
    private readonly int[] _components;

    /// <summary>By <see cref="SchemaEntry.Index"/>: how many times the schema is written in an allOf.</summary>
    private readonly int[] _timesAPart;

    /// <param name="entries">Every schema of the document, by <see cref="SchemaEntry.Index"/>.</param>
    /// <param name="indexOf">Where a part's id is among <paramref name="entries"/>.</param>
    public AllOfGraph(IReadOnlyList<SchemaEntry> entries, Func<string, int> indexOf)
    {
        var parts = new int[entries.Count][];
        _timesAPart = new int[entries.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var allOf = entries[i].Schema.AllOf;
            parts[i] = new int[allOf.Count];
            for (var j = 0; j < allOf.Count; j++)
            {
                parts[i][j] = indexOf(allOf[j]);
                _timesAPart[parts[i][j]]++;
            }
        }

        _components = StronglyConnected(parts);
    }

    /// <summary>Whether <paramref name="part"/>, a part of <paramref name="whole"/>, leads back to it through parts.</summary>
    public bool LeadsBack(SchemaEntry part, SchemaEntry whole) => _components[part.Index] == _components[whole.Index];

    /// <summary>How many times the schema is written in an allOf, all schemas together.</summary>
    public int TimesAPart(SchemaEntry entry) => _timesAPart[entry.Index];

    /// <summary>Tarjan's strongly connected components, by explicit stacks: a chain of parts may be thousands long.</summary>
    private static int[] StronglyConnected(int[][] parts)
    {
        var order = new int[parts.Length];
        var low = new int[parts.Length];
        var components = new int[parts.Length];
        var onStack = new bool[parts.Length];
        order.AsSpan().Fill(-1);
        var open = new Stack<int>();
        var calls = new Stack<(int Node, int NextPart)>();
        int visited = 0, found = 0;
        for (var root = 0; root < parts.Length; root++)
        {
            if (order[root] >= 0)
            {
                continue;
            }

            Enter(root);
            while (calls.Count > 0)
            {
                var (node, nextPart) = calls.Pop();
                if (nextPart < parts[node].Length)
                {
                    calls.Push((node, nextPart + 1));
                    var part = parts[node][nextPart];
                    if (order[part] < 0)
                    {
                        Enter(part);
                    }
                    else if (onStack[part])
                    {
                        low[node] = Math.Min(low[node], order[part]);
                    }

                    continue;
                }

                if (low[node] == order[node])
                {
                    int member;
                    do
                    {
                        member = open.Pop();
                        onStack[member] = false;
                        components[member] = found;
                    }
                    while (member != node);
                    found++;
                }

                if (calls.Count > 0)
                {
                    var caller = calls.Peek().Node;
                    low[caller] = Math.Min(low[caller], low[node]);
                }
            }
        }

        return components;

        void Enter(int node)
        {
            order[node] = low[node] = visited++;
            open.Push(node);
            onStack[node] = true;
            calls.Push((node, 0));
        }
    }
}
