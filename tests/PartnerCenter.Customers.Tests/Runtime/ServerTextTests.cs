using PartnerCenter.Customers.Errors;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>Server text is cleaned before it enters a message: credentials redacted, control characters gone, length bounded.</summary>
public sealed class ServerTextTests
{
    [Theory]
    [InlineData("Authorization: Bearer abc.DEF-123_x", "Authorization: [redacted]")]
    [InlineData("authorization=Basic dXNlcjpwYXNz; next", "authorization=[redacted]; next")]
    [InlineData("{\"Authorization\": \"Bearer abc\"}", "{\"Authorization\": \"[redacted]\"}")]
    [InlineData("Proxy-Authorization: xyz123 and more", "Proxy-Authorization: [redacted] and more")]
    [InlineData("rejected bearer abc/def+ghi== for tenant", "rejected bearer [redacted] for tenant")]
    [InlineData("token eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0. expired", "token [redacted] expired")]
    [InlineData("access_token=abc123&scope=x", "access_token=[redacted]&scope=x")]
    [InlineData("{\"client_secret\":\"s3cr3t\"}", "{\"client_secret\":\"[redacted]\"}")]
    [InlineData("The customer tenant was not found.", "The customer tenant was not found.")]
    public void Credentials_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, ServerText.ForMessage(text));
    }

    [Fact]
    public void A_known_secret_is_redacted_wherever_it_appears()
    {
        Assert.Equal("echo [redacted] back", ServerText.ForMessage("echo plain-SECRET-value back", knownSecret: "plain-SECRET-value"));
    }

    [Theory]
    [InlineData("red\u001b[31m text\u0007", "red [31m text")]
    [InlineData("line one\r\nX-Injected: yes", "line one X-Injected: yes")]
    [InlineData("next\u0085line\u2028sep", "next line sep")]
    [InlineData("\u202Egnp.exe\u200B ok", "gnp.exe ok")]
    [InlineData("  spaced \t out  ", "spaced out")]
    public void Control_and_formatting_characters_become_single_spaces(string text, string expected)
    {
        Assert.Equal(expected, ServerText.ForMessage(text));
    }

    [Fact]
    public void A_control_character_cannot_split_a_token_from_its_scheme()
    {
        Assert.Equal("Bearer [redacted]", ServerText.ForMessage("Bearer\u0000secret-token-value"));
    }

    [Fact]
    public void Length_is_bounded_with_an_ellipsis()
    {
        var text = ServerText.ForMessage(new string('a', 10_000), maxLength: 50);

        Assert.Equal(new string('a', 50) + "…", text);
    }

    [Fact]
    public void A_body_kept_as_data_keeps_its_layout_but_not_its_secrets()
    {
        var body = "{\n  \"echo\": \"Authorization: Bearer abc\"\n}";

        Assert.Equal("{\n  \"echo\": \"Authorization: [redacted]\"\n}", ServerText.WithoutSecrets(body));
    }

    [Fact]
    public void Null_stays_null()
    {
        Assert.Null(ServerText.ForMessage(null));
        Assert.Null(ServerText.WithoutSecrets(null));
    }
}
