"use strict";
// https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/vpc_security_group_egress_rule
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VpcSecurityGroupEgressRule = void 0;
const cdktn = require("cdktn");
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/vpc_security_group_egress_rule aws_vpc_security_group_egress_rule}
*/
class VpcSecurityGroupEgressRule extends cdktn.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static { this.tfResourceType = "aws_vpc_security_group_egress_rule"; }
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTN code for importing a VpcSecurityGroupEgressRule resource upon running "cdktn plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VpcSecurityGroupEgressRule to import
    * @param importFromId The id of the existing VpcSecurityGroupEgressRule that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/vpc_security_group_egress_rule#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VpcSecurityGroupEgressRule to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "aws_vpc_security_group_egress_rule", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/vpc_security_group_egress_rule aws_vpc_security_group_egress_rule} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VpcSecurityGroupEgressRuleConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'aws_vpc_security_group_egress_rule',
            terraformGeneratorMetadata: {
                providerName: 'aws',
                providerVersion: '5.100.0',
                providerVersionConstraint: '5.100.0'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        // tags_all - computed: true, optional: false, required: false
        this._tagsAll = new cdktn.StringMap(this, "tags_all");
        this._cidrIpv4 = config.cidrIpv4;
        this._cidrIpv6 = config.cidrIpv6;
        this._description = config.description;
        this._fromPort = config.fromPort;
        this._ipProtocol = config.ipProtocol;
        this._prefixListId = config.prefixListId;
        this._referencedSecurityGroupId = config.referencedSecurityGroupId;
        this._securityGroupId = config.securityGroupId;
        this._tags = config.tags;
        this._toPort = config.toPort;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // arn - computed: true, optional: false, required: false
    get arn() {
        return this.getStringAttribute('arn');
    }
    get cidrIpv4() {
        return this.getStringAttribute('cidr_ipv4');
    }
    set cidrIpv4(value) {
        this._cidrIpv4 = value;
    }
    resetCidrIpv4() {
        this._cidrIpv4 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cidrIpv4Input() {
        return this._cidrIpv4;
    }
    get cidrIpv6() {
        return this.getStringAttribute('cidr_ipv6');
    }
    set cidrIpv6(value) {
        this._cidrIpv6 = value;
    }
    resetCidrIpv6() {
        this._cidrIpv6 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cidrIpv6Input() {
        return this._cidrIpv6;
    }
    get description() {
        return this.getStringAttribute('description');
    }
    set description(value) {
        this._description = value;
    }
    resetDescription() {
        this._description = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get descriptionInput() {
        return this._description;
    }
    get fromPort() {
        return this.getNumberAttribute('from_port');
    }
    set fromPort(value) {
        this._fromPort = value;
    }
    resetFromPort() {
        this._fromPort = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fromPortInput() {
        return this._fromPort;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    get ipProtocol() {
        return this.getStringAttribute('ip_protocol');
    }
    set ipProtocol(value) {
        this._ipProtocol = value;
    }
    // Temporarily expose input value. Use with caution.
    get ipProtocolInput() {
        return this._ipProtocol;
    }
    get prefixListId() {
        return this.getStringAttribute('prefix_list_id');
    }
    set prefixListId(value) {
        this._prefixListId = value;
    }
    resetPrefixListId() {
        this._prefixListId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get prefixListIdInput() {
        return this._prefixListId;
    }
    get referencedSecurityGroupId() {
        return this.getStringAttribute('referenced_security_group_id');
    }
    set referencedSecurityGroupId(value) {
        this._referencedSecurityGroupId = value;
    }
    resetReferencedSecurityGroupId() {
        this._referencedSecurityGroupId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get referencedSecurityGroupIdInput() {
        return this._referencedSecurityGroupId;
    }
    get securityGroupId() {
        return this.getStringAttribute('security_group_id');
    }
    set securityGroupId(value) {
        this._securityGroupId = value;
    }
    // Temporarily expose input value. Use with caution.
    get securityGroupIdInput() {
        return this._securityGroupId;
    }
    // security_group_rule_id - computed: true, optional: false, required: false
    get securityGroupRuleId() {
        return this.getStringAttribute('security_group_rule_id');
    }
    get tags() {
        return this.getStringMapAttribute('tags');
    }
    set tags(value) {
        this._tags = value;
    }
    resetTags() {
        this._tags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsInput() {
        return this._tags;
    }
    get tagsAll() {
        return this._tagsAll;
    }
    get toPort() {
        return this.getNumberAttribute('to_port');
    }
    set toPort(value) {
        this._toPort = value;
    }
    resetToPort() {
        this._toPort = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get toPortInput() {
        return this._toPort;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            cidr_ipv4: cdktn.stringToTerraform(this._cidrIpv4),
            cidr_ipv6: cdktn.stringToTerraform(this._cidrIpv6),
            description: cdktn.stringToTerraform(this._description),
            from_port: cdktn.numberToTerraform(this._fromPort),
            ip_protocol: cdktn.stringToTerraform(this._ipProtocol),
            prefix_list_id: cdktn.stringToTerraform(this._prefixListId),
            referenced_security_group_id: cdktn.stringToTerraform(this._referencedSecurityGroupId),
            security_group_id: cdktn.stringToTerraform(this._securityGroupId),
            tags: cdktn.hashMapper(cdktn.stringToTerraform)(this._tags),
            to_port: cdktn.numberToTerraform(this._toPort),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cidr_ipv4: {
                value: cdktn.stringToHclTerraform(this._cidrIpv4),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cidr_ipv6: {
                value: cdktn.stringToHclTerraform(this._cidrIpv6),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            description: {
                value: cdktn.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            from_port: {
                value: cdktn.numberToHclTerraform(this._fromPort),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            ip_protocol: {
                value: cdktn.stringToHclTerraform(this._ipProtocol),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            prefix_list_id: {
                value: cdktn.stringToHclTerraform(this._prefixListId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            referenced_security_group_id: {
                value: cdktn.stringToHclTerraform(this._referencedSecurityGroupId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            security_group_id: {
                value: cdktn.stringToHclTerraform(this._securityGroupId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tags: {
                value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._tags),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            to_port: {
                value: cdktn.numberToHclTerraform(this._toPort),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VpcSecurityGroupEgressRule = VpcSecurityGroupEgressRule;
