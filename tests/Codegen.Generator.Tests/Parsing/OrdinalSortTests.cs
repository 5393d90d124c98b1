using System.Globalization;
using Codegen.Generator.Common;

namespace Codegen.Generator.Tests.Parsing;

/// <summary>
/// <see cref="OrdinalSort"/> decides the order the binder names types in, so it must agree with
/// <c>StringComparer.Ordinal</c> on every set of keys: checked against <c>Array.Sort</c> on chosen edge cases and on
/// seeded random sets shaped like schema ids and unlike them.
/// </summary>
public sealed class OrdinalSortTests
{
    public static TheoryData<string[]> EdgeCases() => new()
    {
        Array.Empty<string>(),
        new[] { "only" },
        new[] { "b", "a" },
        // A key that is the start of others sorts before them, whatever the next character is.
        new[] { "a/b/c", "a/b", "a/b-x", "a/bc", "a", "", "a/b\0", "a/b\u0001" },
        // Code units above 0x7FFF, unpaired surrogates and U+FFFF: the packing gives each character 17 bits.
        new[] { "\uFFFF", "\uD800", "\uDBFF\uDFFF", "z", "\u8000a", "\u7FFFz", "\uFFFF\uFFFF", "\uFFFE" },
        // Keys equal for many packed steps, then different at every position of a step.
        Enumerable.Range(0, 40).Select(i => new string('x', 30) + i.ToString("D3", CultureInfo.InvariantCulture)).Reverse().ToArray(),
        // Groups larger than the ones sorted by comparison, ending at each position of a step.
        Enumerable.Range(0, 200).Select(i => "#/components/schemas/S" + new string('a', i % 7)).Distinct().Concat(Enumerable.Range(0, 30).Select(i => "#/c" + i)).ToArray(),
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Orders_keys_as_an_ordinal_sort_does(string[] keys) => AssertOrdinalOrder(keys);

    [Theory]
    [InlineData(1, "ab", 6)]
    [InlineData(2, "/~01a", 12)]
    [InlineData(3, "\0\u0001/0\uFFFF\uD800", 9)]
    public void Orders_random_keys_as_an_ordinal_sort_does(int seed, string alphabet, int maximumLength)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var count = random.Next(0, round % 10 == 0 ? 2_000 : 60);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (keys.Count < count && keys.Count < Math.Pow(alphabet.Length, maximumLength) / 2)
            {
                var length = random.Next(0, maximumLength + 1);
                keys.Add(new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
            }

            AssertOrdinalOrder(keys.ToArray());
        }
    }

    [Fact]
    public void Orders_schema_ids_of_a_large_description_as_an_ordinal_sort_does()
    {
        // The shape the sort is for: long JSON pointers under a few prefixes, numbered names, nested properties.
        var random = new Random(20261201);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var schema = 0; schema < 3_000; schema++)
        {
            var name = "#/components/schemas/Resource" + random.Next(0, 100_000).ToString(CultureInfo.InvariantCulture);
            keys.Add(name);
            for (var property = 0; property < random.Next(0, 12); property++)
            {
                var path = name + "/properties/field" + property.ToString(CultureInfo.InvariantCulture);
                keys.Add(path);
                keys.Add(path + (random.Next(2) == 0 ? "/items" : "/additionalProperties"));
            }

            keys.Add("spec.yaml#/paths/~1resources" + schema.ToString(CultureInfo.InvariantCulture) + "~1{id}/get/responses/200/content/application~1json/schema");
        }

        AssertOrdinalOrder(keys.ToArray());
    }

    [Fact]
    public void Orders_keys_that_part_one_step_at_a_time()
    {
        // Each key leaves the others three characters further on: a thousand rounds of packing, one inside the other.
        var keys = Enumerable.Range(0, 1_000).Select(i => new string('a', 3 * i) + "b").Concat(Enumerable.Range(0, 20).Select(i => new string('a', 3 * i) + "c")).ToArray();

        AssertOrdinalOrder(keys);
    }

    private static void AssertOrdinalOrder(string[] keys)
    {
        var expected = (string[])keys.Clone();
        Array.Sort(expected, StringComparer.Ordinal);

        var order = OrdinalSort.OrderOf(keys);

        Assert.Equal(expected, order.Select(i => keys[i]).ToArray());
        Assert.Equal(Enumerable.Range(0, keys.Length), order.Order());
    }
}
