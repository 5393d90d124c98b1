using System.Globalization;
using System.Text;
using Codegen.Generator.Parsing.Tree;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// The readers keep the entries of many mappings one after another in shared blocks (<see cref="EntryBlocks"/>): each
/// mapping must see its own entries and no neighbour's, whichever block it landed in or whether it has an array of its own.
/// </summary>
public sealed class EntryBlockTests
{
    /// <summary>
    /// 2,000 small mappings (more than one block holds) between mappings too large for a block, read as YAML and as JSON.
    /// </summary>
    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void Every_mapping_sees_exactly_its_own_entries(string format)
    {
        var mappings = Enumerable.Range(0, 2_000).Select(i => EntriesOf(i)).ToList();
        var text = format == "yaml" ? AsYaml(mappings) : AsJson(mappings);

        var root = (DocMapping)(format == "yaml" ? YamlTreeReader.TryRead(text) : JsonTreeReader.TryRead(text))!;

        Assert.Equal(mappings.Count, root.Count);
        for (var i = 0; i < mappings.Count; i++)
        {
            var mapping = Assert.IsType<DocMapping>(root.ValueAt(i));
            Assert.Equal(mappings[i], mapping.Entries().Select(e => (e.Key, ((DocScalar)e.Value).Value)));
            Assert.Equal(mappings[i].Count, mapping.Count);
            Assert.Throws<ArgumentOutOfRangeException>(() => mapping.ValueAt(mapping.Count));

            // A key of the next mapping, in the entries that follow in the block, is not this mapping's.
            Assert.Null(mapping.Get(Key(i + 1, 0)));
            Assert.Equal(mappings[i][^1].Value, ((DocScalar)mapping.Get(mappings[i][^1].Key)!).Value);
        }
    }

    /// <summary>
    /// A first mapping longer than the first block (256 entries) but short of an array of its own (325): it is given a
    /// block that holds it (this threw before).
    /// </summary>
    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void A_first_mapping_longer_than_the_first_block_is_read_whole(string format)
    {
        var entries = Enumerable.Range(0, 300).Select(i => (Key(0, i), "v" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        List<List<(string Key, string Value)>> mappings = [entries, [(Key(1, 0), "w")]];
        var text = format == "yaml" ? AsYaml(mappings) : AsJson(mappings);

        var root = (DocMapping)(format == "yaml" ? YamlTreeReader.TryRead(text) : JsonTreeReader.TryRead(text))!;

        var first = Assert.IsType<DocMapping>(root.ValueAt(0));
        Assert.Equal(entries, first.Entries().Select(e => (e.Key, ((DocScalar)e.Value).Value)));
        Assert.Equal("w", ((DocScalar)Assert.IsType<DocMapping>(root.ValueAt(1)).Get(Key(1, 0))!).Value);
    }

    /// <summary>Mostly two or three entries, as in descriptions; every hundredth large enough (600) to get an array of its own.</summary>
    private static List<(string Key, string Value)> EntriesOf(int mapping)
        => Enumerable.Range(0, mapping % 100 == 7 ? 600 : 1 + (mapping % 3))
            .Select(entry => (Key(mapping, entry), "v" + mapping.ToString(CultureInfo.InvariantCulture) + "_" + entry.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    private static string Key(int mapping, int entry) => string.Create(CultureInfo.InvariantCulture, $"k{mapping}_{entry}");

    private static string AsYaml(List<List<(string Key, string Value)>> mappings)
    {
        var text = new StringBuilder();
        for (var i = 0; i < mappings.Count; i++)
        {
            text.Append('m').Append(i.ToString(CultureInfo.InvariantCulture)).Append(":\n");
            foreach (var (key, value) in mappings[i])
            {
                text.Append("  ").Append(key).Append(": ").Append(value).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string AsJson(List<List<(string Key, string Value)>> mappings)
        => "{" + string.Join(",", mappings.Select((entries, i) =>
            $"\"m{i.ToString(CultureInfo.InvariantCulture)}\":{{" + string.Join(",", entries.Select(e => $"\"{e.Key}\":\"{e.Value}\"")) + "}")) + "}";
}
