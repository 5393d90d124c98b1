using Codegen.Generator.Tests.Infrastructure;

namespace Codegen.Generator.Tests.Schemas;

/// <summary>
/// Issue 11: ToString hides secrets (format: password, writeOnly, x-sensitive: true) and prints collections by
/// their items; extension data is read-only to callers, survives read → write, and a <c>with</c> copy cannot
/// change the original or its hash code.
/// </summary>
public sealed class SecretsTests
{
    private const string Probe = """
        using System.Collections.Generic;
        using System.Text.Json;
        using Schemas.Client;

        public static class SecretsProbe
        {
            public static string Credentials() => new UserCredentials
            {
                UserName = "admin",
                Password = "hunter2",
                Pin = "1234",
                ApiKey = "sk-live",
                Tags = new List<string> { "a", "b" },
                Limits = new Dictionary<string, int> { ["k"] = 1 },
                Matrix = new List<IReadOnlyList<int>> { new List<int> { 1, 2 }, new List<int>() },
            }.ToString();

            public static string ManyTags()
            {
                var tags = new List<string>();
                for (var i = 0; i < 40; i++)
                {
                    tags.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                return new Tagged { Tags = tags }.ToString();
            }

            public static string Family() => new Robot { Owner = "o", RecoveryCode = "rc", Secret = "s", Model = "m" } + " " + new Human { Owner = "o", RecoveryCode = "rc", Nickname = "n" };

            // A copy made with `with` and a changed copy never change the original, its equality or its hash.
            public static bool CopiesAreIndependent(UserCredentials read)
            {
                var set = new HashSet<UserCredentials> { read };
                var hash = read.GetHashCode();
                var copy = read with { };
                var changed = read with { AdditionalProperties = new Dictionary<string, JsonElement> { ["other"] = JsonDocument.Parse("1").RootElement } };
                var threw = false;
                try
                {
                    ((IDictionary<string, JsonElement>)copy.AdditionalProperties!)["added"] = JsonDocument.Parse("2").RootElement;
                }
                catch (System.NotSupportedException)
                {
                    threw = true;
                }

                var given = new Dictionary<string, JsonElement> { ["given"] = JsonDocument.Parse("3").RootElement };
                var built = new UserCredentials { UserName = "u", AdditionalProperties = given };
                given["later"] = JsonDocument.Parse("4").RootElement;
                return threw
                    && set.Contains(read) && set.Contains(copy) && !set.Contains(changed)
                    && read.GetHashCode() == hash
                    && read.AdditionalProperties!.Count == 1
                    && built.AdditionalProperties!.Count == 1
                    && read.AdditionalProperties is not IDictionary<string, JsonElement> { IsReadOnly: false };
            }
        }
        """;

    private static readonly Lazy<GeneratedModels> Lazy = new(() => GeneratedModels.FromSpec("secrets.yaml", Probe));

    private static GeneratedModels Models => Lazy.Value;

    [Fact]
    public void The_spec_generates_without_diagnostics()
    {
        Assert.Empty(Models.Diagnostics);
    }

    [Fact]
    public void ToString_hides_secrets_and_prints_collections_by_their_items()
    {
        Assert.Equal(
            "UserCredentials { UserName = admin, Password = ***, Pin = ***, ApiKey = ***, Tags = [a, b], Limits = {k: 1}, Matrix = [[1, 2], []], AdditionalProperties =  }",
            Models.Call("SecretsProbe", "Credentials"));
    }

    [Fact]
    public void ToString_of_a_record_without_secrets_is_the_compilers_and_long_collections_are_cut()
    {
        Assert.DoesNotContain("PrintMembers", Models.Text("Tagged"), StringComparison.Ordinal);
        Assert.Equal(
            "Tagged { Tags = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, ...(+8)], AdditionalProperties =  }",
            Models.Call("SecretsProbe", "ManyTags"));
    }

    [Fact]
    public void ToString_hides_secrets_of_a_base_and_of_derived_records()
    {
        Assert.Equal(
            "Robot { Kind = Robot, Owner = o, RecoveryCode = ***, AdditionalProperties = , Secret = ***, Model = m } Human { Kind = Human, Owner = o, RecoveryCode = ***, AdditionalProperties = , Nickname = n }",
            Models.Call("SecretsProbe", "Family"));
    }

    [Fact]
    public void Unknown_properties_survive_a_round_trip_and_print()
    {
        const string json = """{"userName":"u","password":"p","future":{"a":[1,"x"]},"flag":true}""";
        var read = Models.RoundTrip("UserCredentials", json);

        var text = read.ToString()!;
        Assert.Contains("AdditionalProperties = {future: {\"a\":[1,\"x\"]}, flag: true}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"p\"", text, StringComparison.Ordinal);
        Assert.Contains("Password = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_data_is_read_only_and_with_copies_leave_the_original_and_its_hash_alone()
    {
        var read = Models.Read("UserCredentials", """{"userName":"u","future":1}""");

        Assert.True((bool)Models.Call("SecretsProbe", "CopiesAreIndependent", read)!);
        var text = Models.Text("UserCredentials");
        Assert.Contains("init => _additionalProperties = global::Specweave.Runtime.JsonExtensionData.From(value);", text, StringComparison.Ordinal);
        Assert.Contains("internal global::Specweave.Runtime.JsonExtensionData? AdditionalPropertiesJson", text, StringComparison.Ordinal);
    }
}
