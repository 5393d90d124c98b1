using System.Text;
using PartnerCenter.Customers.Http;

namespace PartnerCenter.Customers.Tests.Runtime;

/// <summary>Empty and null bodies are told apart from bodies with a value, without consuming the body.</summary>
public sealed class JsonBodyProbeTests
{
    [Theory]
    [InlineData("", "Empty")]
    [InlineData(" \r\n\t", "Empty")]
    [InlineData("null", "Null")]
    [InlineData("\uFEFF null \n", "Null")]
    [InlineData("nul", "Value")]
    [InlineData("nu ll", "Value")]
    [InlineData("null null", "Value")]
    [InlineData("nullx", "Value")]
    [InlineData("{}", "Value")]
    [InlineData("  {\"id\":null}", "Value")]
    public void Bodies_are_classified(string body, string expected)
    {
        using var content = new StringContent(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        Assert.Equal(Enum.Parse<JsonBodyKind>(expected), JsonBodyProbe.Classify(content, CancellationToken.None));
    }

    [Fact]
    public async Task The_body_can_still_be_read_afterwards()
    {
        using var content = new StreamContent(new MemoryStream("{\"id\":\"x\"}"u8.ToArray()));
        await content.LoadIntoBufferAsync();

        JsonBodyProbe.Classify(content, CancellationToken.None);

        Assert.Equal("{\"id\":\"x\"}", await content.ReadAsStringAsync());
    }
}
