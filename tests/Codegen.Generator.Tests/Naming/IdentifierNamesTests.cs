using Codegen.Generator.Binding.Naming;
using Microsoft.CodeAnalysis.CSharp;

namespace Codegen.Generator.Tests.Naming;

/// <summary>The naming rule of docs/naming.md, case by case.</summary>
public sealed class IdentifierNamesTests
{
    [Theory]
    [InlineData("customer", "Customer")]
    [InlineData("customer-tenant-id", "CustomerTenantId")]
    [InlineData("foo_bar", "FooBar")]
    [InlineData("fooBar", "FooBar")]
    [InlineData("FooBar", "FooBar")]
    [InlineData("HTTPServer", "HttpServer")]
    [InlineData("enableGDAPByDefault", "EnableGdapByDefault")]
    [InlineData("ID", "ID")]
    [InlineData("x-ms-correlation-id", "XMsCorrelationId")]
    [InlineData("class", "Class")]
    [InlineData("1st", "_1st")]
    [InlineData("2 factor auth", "_2FactorAuth")]
    [InlineData("prénom", "Prénom")]
    [InlineData("名前", "名前")]
    [InlineData("a-b", "AB")]
    [InlineData("$ref", "Ref")]
    [InlineData("user.name", "UserName")]
    [InlineData("v1.2", "V12")]
    public void Pascal_case_follows_the_rule(string raw, string expected)
    {
        Assert.Equal(expected, IdentifierNames.Pascal(raw, "Fallback"));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("namespace", "@namespace")]
    [InlineData("event", "@event")]
    [InlineData("var", "@var")]
    [InlineData("customer-tenant-id", "customerTenantId")]
    [InlineData("MSRequestId", "msRequestId")]
    [InlineData("URL", "url")]
    [InlineData("1st", "_1st")]
    public void Camel_case_escapes_keywords(string raw, string expected)
    {
        Assert.Equal(expected, IdentifierNames.Camel(raw, "fallback"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("\u202E\u2066\u2069")]
    [InlineData("🙂")]
    public void Names_with_no_letters_or_digits_take_the_fallback(string raw)
    {
        Assert.Equal("Fallback", IdentifierNames.Pascal(raw, "Fallback"));
    }

    [Fact]
    public void Decomposed_accents_are_composed_first_so_both_spellings_give_one_name()
    {
        Assert.Equal("Prénom", IdentifierNames.Pascal("pre\u0301nom", "Fallback"));
        Assert.Equal(IdentifierNames.Pascal("pr\u00e9nom", "Fallback"), IdentifierNames.Pascal("pre\u0301nom", "Fallback"));
    }

    [Fact]
    public void Bidi_and_zero_width_characters_never_reach_an_identifier()
    {
        var name = IdentifierNames.Pascal("admin\u202E\u2066user\u200Bname\u2069", "Fallback");

        Assert.Equal("AdminUserName", name);
    }

    [Fact]
    public void Long_names_are_cut_with_a_stable_hash_that_keeps_them_apart()
    {
        var first = IdentifierNames.Pascal(new string('a', 300) + "first", "Fallback");
        var second = IdentifierNames.Pascal(new string('a', 300) + "second", "Fallback");

        Assert.Equal(IdentifierNames.MaxLength, first.Length);
        Assert.NotEqual(first, second);
        Assert.Equal(first, IdentifierNames.Pascal(new string('a', 300) + "first", "Fallback"));
        Assert.Matches("^Aaa+_[0-9A-F]{8}$", first);
    }

    [Fact]
    public void Every_collision_gets_the_first_free_number_and_the_scope_knows_who_holds_the_name()
    {
        var scope = new NameScope();
        scope.Reserve("Pet", NameScope.EnclosingType);
        scope.Reserve("Equals", "a member every C# record has");

        Assert.Equal("Pet2", scope.Claim("Pet", "the name of 'pet'"));
        Assert.Equal("Equals2", scope.Claim("Equals", "the name of 'equals'"));
        Assert.Equal("Name", scope.Claim("Name", "the name of 'name'"));
        Assert.Equal("Name2", scope.Claim("Name", "the name of 'NAME'"));
        Assert.Equal(NameScope.EnclosingType, scope.HolderOf("Pet")?.Description);
        Assert.Equal("the name of 'name'", scope.HolderOf("Name")?.Description);
        Assert.Null(scope.HolderOf("Other"));
    }

    [Fact]
    public void A_scope_past_its_list_limit_still_knows_every_holder()
    {
        var scope = new NameScope();
        for (var i = 0; i < 100; i++)
        {
            scope.Claim("Name", $"claim {i}");
        }

        Assert.Equal("claim 0", scope.HolderOf("Name")?.Description);
        Assert.Equal("claim 99", scope.HolderOf("Name100")?.Description);
        Assert.Equal("Name101", scope.Claim("Name"));
    }

    [Fact]
    public void A_numbered_search_goes_on_where_it_stopped_and_still_gives_the_first_free_number()
    {
        var scope = new NameScope();
        Assert.Equal("Get", scope.Claim("Get"));
        Assert.Equal("Get2", scope.Claim("Get"));
        Assert.Equal("Get3", scope.Claim("Get"));
        scope.Reserve("Get5");
        Assert.Equal("Get4", scope.Claim("Get"));
        Assert.Equal("Get6", scope.Claim("Get"));

        // The same base with an ending is a search of its own, and a number taken by another way is still skipped.
        Assert.Equal("GetAsync", scope.Claim("Get", ending: "Async"));
        Assert.Equal("Get2Async", scope.Claim("Get", ending: "Async"));
        scope.Reserve("Get7");
        Assert.Equal("Get8", scope.Claim("Get"));

        scope.Clear();
        Assert.Equal("Get", scope.Claim("Get"));
        Assert.Equal("Get2", scope.Claim("Get"));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("\"quoted\" */ </summary> #error x")]
    [InlineData("line\nbreak\u2028and\u2029more\u0085")]
    [InlineData("0123")]
    [InlineData("a\u0000b")]
    [InlineData("\uD800lone surrogate")]
    [InlineData("ⅷ roman numeral")]
    public void Every_result_is_a_valid_identifier(string raw)
    {
        var pascal = IdentifierNames.Pascal(raw, "Fallback");
        var camel = IdentifierNames.Camel(raw, "fallback");

        Assert.True(SyntaxFacts.IsValidIdentifier(pascal), pascal);
        Assert.True(SyntaxFacts.IsValidIdentifier(camel.TrimStart('@')), camel);
        Assert.True(IdentifierNames.IsValid(camel), camel);
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(pascal));
    }

    [Fact]
    public void A_scope_hands_out_numeric_suffixes_in_claim_order()
    {
        var scope = new NameScope(["Equals"], ignoreCase: false);

        Assert.Equal("FooBar", scope.Claim("FooBar"));
        Assert.Equal("FooBar2", scope.Claim("FooBar"));
        Assert.Equal("FooBar3", scope.Claim("FooBar"));
        Assert.Equal("Equals2", scope.Claim("Equals"));
    }

    [Fact]
    public void A_case_insensitive_scope_keeps_file_names_apart()
    {
        var scope = new NameScope([], ignoreCase: true);

        Assert.Equal("Pet", scope.Claim("Pet"));
        Assert.Equal("pet2", scope.Claim("pet"));
    }
}
