"use strict";
// https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.AwsProvider = void 0;
exports.awsProviderAssumeRoleToTerraform = awsProviderAssumeRoleToTerraform;
exports.awsProviderAssumeRoleToHclTerraform = awsProviderAssumeRoleToHclTerraform;
exports.awsProviderAssumeRoleWithWebIdentityToTerraform = awsProviderAssumeRoleWithWebIdentityToTerraform;
exports.awsProviderAssumeRoleWithWebIdentityToHclTerraform = awsProviderAssumeRoleWithWebIdentityToHclTerraform;
exports.awsProviderDefaultTagsToTerraform = awsProviderDefaultTagsToTerraform;
exports.awsProviderDefaultTagsToHclTerraform = awsProviderDefaultTagsToHclTerraform;
exports.awsProviderEndpointsToTerraform = awsProviderEndpointsToTerraform;
exports.awsProviderEndpointsToHclTerraform = awsProviderEndpointsToHclTerraform;
exports.awsProviderIgnoreTagsToTerraform = awsProviderIgnoreTagsToTerraform;
exports.awsProviderIgnoreTagsToHclTerraform = awsProviderIgnoreTagsToHclTerraform;
const cdktn = require("cdktn");
function awsProviderAssumeRoleToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        duration: cdktn.stringToTerraform(struct.duration),
        external_id: cdktn.stringToTerraform(struct.externalId),
        policy: cdktn.stringToTerraform(struct.policy),
        policy_arns: cdktn.listMapper(cdktn.stringToTerraform, false)(struct.policyArns),
        role_arn: cdktn.stringToTerraform(struct.roleArn),
        session_name: cdktn.stringToTerraform(struct.sessionName),
        source_identity: cdktn.stringToTerraform(struct.sourceIdentity),
        tags: cdktn.hashMapper(cdktn.stringToTerraform)(struct.tags),
        transitive_tag_keys: cdktn.listMapper(cdktn.stringToTerraform, false)(struct.transitiveTagKeys),
    };
}
function awsProviderAssumeRoleToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        duration: {
            value: cdktn.stringToHclTerraform(struct.duration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        external_id: {
            value: cdktn.stringToHclTerraform(struct.externalId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        policy: {
            value: cdktn.stringToHclTerraform(struct.policy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        policy_arns: {
            value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct.policyArns),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        role_arn: {
            value: cdktn.stringToHclTerraform(struct.roleArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        session_name: {
            value: cdktn.stringToHclTerraform(struct.sessionName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        source_identity: {
            value: cdktn.stringToHclTerraform(struct.sourceIdentity),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        tags: {
            value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(struct.tags),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        transitive_tag_keys: {
            value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct.transitiveTagKeys),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
function awsProviderAssumeRoleWithWebIdentityToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        duration: cdktn.stringToTerraform(struct.duration),
        policy: cdktn.stringToTerraform(struct.policy),
        policy_arns: cdktn.listMapper(cdktn.stringToTerraform, false)(struct.policyArns),
        role_arn: cdktn.stringToTerraform(struct.roleArn),
        session_name: cdktn.stringToTerraform(struct.sessionName),
        web_identity_token: cdktn.stringToTerraform(struct.webIdentityToken),
        web_identity_token_file: cdktn.stringToTerraform(struct.webIdentityTokenFile),
    };
}
function awsProviderAssumeRoleWithWebIdentityToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        duration: {
            value: cdktn.stringToHclTerraform(struct.duration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        policy: {
            value: cdktn.stringToHclTerraform(struct.policy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        policy_arns: {
            value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct.policyArns),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        role_arn: {
            value: cdktn.stringToHclTerraform(struct.roleArn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        session_name: {
            value: cdktn.stringToHclTerraform(struct.sessionName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        web_identity_token: {
            value: cdktn.stringToHclTerraform(struct.webIdentityToken),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        web_identity_token_file: {
            value: cdktn.stringToHclTerraform(struct.webIdentityTokenFile),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
function awsProviderDefaultTagsToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        tags: cdktn.hashMapper(cdktn.stringToTerraform)(struct.tags),
    };
}
function awsProviderDefaultTagsToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        tags: {
            value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(struct.tags),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
function awsProviderEndpointsToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        accessanalyzer: cdktn.stringToTerraform(struct.accessanalyzer),
        account: cdktn.stringToTerraform(struct.account),
        acm: cdktn.stringToTerraform(struct.acm),
        acmpca: cdktn.stringToTerraform(struct.acmpca),
        amg: cdktn.stringToTerraform(struct.amg),
        amp: cdktn.stringToTerraform(struct.amp),
        amplify: cdktn.stringToTerraform(struct.amplify),
        apigateway: cdktn.stringToTerraform(struct.apigateway),
        apigatewayv2: cdktn.stringToTerraform(struct.apigatewayv2),
        appautoscaling: cdktn.stringToTerraform(struct.appautoscaling),
        appconfig: cdktn.stringToTerraform(struct.appconfig),
        appfabric: cdktn.stringToTerraform(struct.appfabric),
        appflow: cdktn.stringToTerraform(struct.appflow),
        appintegrations: cdktn.stringToTerraform(struct.appintegrations),
        appintegrationsservice: cdktn.stringToTerraform(struct.appintegrationsservice),
        applicationautoscaling: cdktn.stringToTerraform(struct.applicationautoscaling),
        applicationinsights: cdktn.stringToTerraform(struct.applicationinsights),
        applicationsignals: cdktn.stringToTerraform(struct.applicationsignals),
        appmesh: cdktn.stringToTerraform(struct.appmesh),
        appregistry: cdktn.stringToTerraform(struct.appregistry),
        apprunner: cdktn.stringToTerraform(struct.apprunner),
        appstream: cdktn.stringToTerraform(struct.appstream),
        appsync: cdktn.stringToTerraform(struct.appsync),
        athena: cdktn.stringToTerraform(struct.athena),
        auditmanager: cdktn.stringToTerraform(struct.auditmanager),
        autoscaling: cdktn.stringToTerraform(struct.autoscaling),
        autoscalingplans: cdktn.stringToTerraform(struct.autoscalingplans),
        backup: cdktn.stringToTerraform(struct.backup),
        batch: cdktn.stringToTerraform(struct.batch),
        bcmdataexports: cdktn.stringToTerraform(struct.bcmdataexports),
        beanstalk: cdktn.stringToTerraform(struct.beanstalk),
        bedrock: cdktn.stringToTerraform(struct.bedrock),
        bedrockagent: cdktn.stringToTerraform(struct.bedrockagent),
        billing: cdktn.stringToTerraform(struct.billing),
        budgets: cdktn.stringToTerraform(struct.budgets),
        ce: cdktn.stringToTerraform(struct.ce),
        chatbot: cdktn.stringToTerraform(struct.chatbot),
        chime: cdktn.stringToTerraform(struct.chime),
        chimesdkmediapipelines: cdktn.stringToTerraform(struct.chimesdkmediapipelines),
        chimesdkvoice: cdktn.stringToTerraform(struct.chimesdkvoice),
        cleanrooms: cdktn.stringToTerraform(struct.cleanrooms),
        cloud9: cdktn.stringToTerraform(struct.cloud9),
        cloudcontrol: cdktn.stringToTerraform(struct.cloudcontrol),
        cloudcontrolapi: cdktn.stringToTerraform(struct.cloudcontrolapi),
        cloudformation: cdktn.stringToTerraform(struct.cloudformation),
        cloudfront: cdktn.stringToTerraform(struct.cloudfront),
        cloudfrontkeyvaluestore: cdktn.stringToTerraform(struct.cloudfrontkeyvaluestore),
        cloudhsm: cdktn.stringToTerraform(struct.cloudhsm),
        cloudhsmv2: cdktn.stringToTerraform(struct.cloudhsmv2),
        cloudsearch: cdktn.stringToTerraform(struct.cloudsearch),
        cloudtrail: cdktn.stringToTerraform(struct.cloudtrail),
        cloudwatch: cdktn.stringToTerraform(struct.cloudwatch),
        cloudwatchevents: cdktn.stringToTerraform(struct.cloudwatchevents),
        cloudwatchevidently: cdktn.stringToTerraform(struct.cloudwatchevidently),
        cloudwatchlog: cdktn.stringToTerraform(struct.cloudwatchlog),
        cloudwatchlogs: cdktn.stringToTerraform(struct.cloudwatchlogs),
        cloudwatchobservabilityaccessmanager: cdktn.stringToTerraform(struct.cloudwatchobservabilityaccessmanager),
        cloudwatchrum: cdktn.stringToTerraform(struct.cloudwatchrum),
        codeartifact: cdktn.stringToTerraform(struct.codeartifact),
        codebuild: cdktn.stringToTerraform(struct.codebuild),
        codecatalyst: cdktn.stringToTerraform(struct.codecatalyst),
        codecommit: cdktn.stringToTerraform(struct.codecommit),
        codeconnections: cdktn.stringToTerraform(struct.codeconnections),
        codedeploy: cdktn.stringToTerraform(struct.codedeploy),
        codeguruprofiler: cdktn.stringToTerraform(struct.codeguruprofiler),
        codegurureviewer: cdktn.stringToTerraform(struct.codegurureviewer),
        codepipeline: cdktn.stringToTerraform(struct.codepipeline),
        codestarconnections: cdktn.stringToTerraform(struct.codestarconnections),
        codestarnotifications: cdktn.stringToTerraform(struct.codestarnotifications),
        cognitoidentity: cdktn.stringToTerraform(struct.cognitoidentity),
        cognitoidentityprovider: cdktn.stringToTerraform(struct.cognitoidentityprovider),
        cognitoidp: cdktn.stringToTerraform(struct.cognitoidp),
        comprehend: cdktn.stringToTerraform(struct.comprehend),
        computeoptimizer: cdktn.stringToTerraform(struct.computeoptimizer),
        config: cdktn.stringToTerraform(struct.config),
        configservice: cdktn.stringToTerraform(struct.configservice),
        connect: cdktn.stringToTerraform(struct.connect),
        connectcases: cdktn.stringToTerraform(struct.connectcases),
        controltower: cdktn.stringToTerraform(struct.controltower),
        costandusagereportservice: cdktn.stringToTerraform(struct.costandusagereportservice),
        costexplorer: cdktn.stringToTerraform(struct.costexplorer),
        costoptimizationhub: cdktn.stringToTerraform(struct.costoptimizationhub),
        cur: cdktn.stringToTerraform(struct.cur),
        customerprofiles: cdktn.stringToTerraform(struct.customerprofiles),
        databasemigration: cdktn.stringToTerraform(struct.databasemigration),
        databasemigrationservice: cdktn.stringToTerraform(struct.databasemigrationservice),
        databrew: cdktn.stringToTerraform(struct.databrew),
        dataexchange: cdktn.stringToTerraform(struct.dataexchange),
        datapipeline: cdktn.stringToTerraform(struct.datapipeline),
        datasync: cdktn.stringToTerraform(struct.datasync),
        datazone: cdktn.stringToTerraform(struct.datazone),
        dax: cdktn.stringToTerraform(struct.dax),
        deploy: cdktn.stringToTerraform(struct.deploy),
        detective: cdktn.stringToTerraform(struct.detective),
        devicefarm: cdktn.stringToTerraform(struct.devicefarm),
        devopsguru: cdktn.stringToTerraform(struct.devopsguru),
        directconnect: cdktn.stringToTerraform(struct.directconnect),
        directoryservice: cdktn.stringToTerraform(struct.directoryservice),
        dlm: cdktn.stringToTerraform(struct.dlm),
        dms: cdktn.stringToTerraform(struct.dms),
        docdb: cdktn.stringToTerraform(struct.docdb),
        docdbelastic: cdktn.stringToTerraform(struct.docdbelastic),
        drs: cdktn.stringToTerraform(struct.drs),
        ds: cdktn.stringToTerraform(struct.ds),
        dsql: cdktn.stringToTerraform(struct.dsql),
        dynamodb: cdktn.stringToTerraform(struct.dynamodb),
        ec2: cdktn.stringToTerraform(struct.ec2),
        ecr: cdktn.stringToTerraform(struct.ecr),
        ecrpublic: cdktn.stringToTerraform(struct.ecrpublic),
        ecs: cdktn.stringToTerraform(struct.ecs),
        efs: cdktn.stringToTerraform(struct.efs),
        eks: cdktn.stringToTerraform(struct.eks),
        elasticache: cdktn.stringToTerraform(struct.elasticache),
        elasticbeanstalk: cdktn.stringToTerraform(struct.elasticbeanstalk),
        elasticloadbalancing: cdktn.stringToTerraform(struct.elasticloadbalancing),
        elasticloadbalancingv2: cdktn.stringToTerraform(struct.elasticloadbalancingv2),
        elasticsearch: cdktn.stringToTerraform(struct.elasticsearch),
        elasticsearchservice: cdktn.stringToTerraform(struct.elasticsearchservice),
        elastictranscoder: cdktn.stringToTerraform(struct.elastictranscoder),
        elb: cdktn.stringToTerraform(struct.elb),
        elbv2: cdktn.stringToTerraform(struct.elbv2),
        emr: cdktn.stringToTerraform(struct.emr),
        emrcontainers: cdktn.stringToTerraform(struct.emrcontainers),
        emrserverless: cdktn.stringToTerraform(struct.emrserverless),
        es: cdktn.stringToTerraform(struct.es),
        eventbridge: cdktn.stringToTerraform(struct.eventbridge),
        events: cdktn.stringToTerraform(struct.events),
        evidently: cdktn.stringToTerraform(struct.evidently),
        evs: cdktn.stringToTerraform(struct.evs),
        finspace: cdktn.stringToTerraform(struct.finspace),
        firehose: cdktn.stringToTerraform(struct.firehose),
        fis: cdktn.stringToTerraform(struct.fis),
        fms: cdktn.stringToTerraform(struct.fms),
        fsx: cdktn.stringToTerraform(struct.fsx),
        gamelift: cdktn.stringToTerraform(struct.gamelift),
        glacier: cdktn.stringToTerraform(struct.glacier),
        globalaccelerator: cdktn.stringToTerraform(struct.globalaccelerator),
        glue: cdktn.stringToTerraform(struct.glue),
        gluedatabrew: cdktn.stringToTerraform(struct.gluedatabrew),
        grafana: cdktn.stringToTerraform(struct.grafana),
        greengrass: cdktn.stringToTerraform(struct.greengrass),
        groundstation: cdktn.stringToTerraform(struct.groundstation),
        guardduty: cdktn.stringToTerraform(struct.guardduty),
        healthlake: cdktn.stringToTerraform(struct.healthlake),
        iam: cdktn.stringToTerraform(struct.iam),
        identitystore: cdktn.stringToTerraform(struct.identitystore),
        imagebuilder: cdktn.stringToTerraform(struct.imagebuilder),
        inspector: cdktn.stringToTerraform(struct.inspector),
        inspector2: cdktn.stringToTerraform(struct.inspector2),
        inspectorv2: cdktn.stringToTerraform(struct.inspectorv2),
        internetmonitor: cdktn.stringToTerraform(struct.internetmonitor),
        invoicing: cdktn.stringToTerraform(struct.invoicing),
        iot: cdktn.stringToTerraform(struct.iot),
        iotanalytics: cdktn.stringToTerraform(struct.iotanalytics),
        iotevents: cdktn.stringToTerraform(struct.iotevents),
        ivs: cdktn.stringToTerraform(struct.ivs),
        ivschat: cdktn.stringToTerraform(struct.ivschat),
        kafka: cdktn.stringToTerraform(struct.kafka),
        kafkaconnect: cdktn.stringToTerraform(struct.kafkaconnect),
        kendra: cdktn.stringToTerraform(struct.kendra),
        keyspaces: cdktn.stringToTerraform(struct.keyspaces),
        kinesis: cdktn.stringToTerraform(struct.kinesis),
        kinesisanalytics: cdktn.stringToTerraform(struct.kinesisanalytics),
        kinesisanalyticsv2: cdktn.stringToTerraform(struct.kinesisanalyticsv2),
        kinesisvideo: cdktn.stringToTerraform(struct.kinesisvideo),
        kms: cdktn.stringToTerraform(struct.kms),
        lakeformation: cdktn.stringToTerraform(struct.lakeformation),
        lambda: cdktn.stringToTerraform(struct.lambda),
        launchwizard: cdktn.stringToTerraform(struct.launchwizard),
        lex: cdktn.stringToTerraform(struct.lex),
        lexmodelbuilding: cdktn.stringToTerraform(struct.lexmodelbuilding),
        lexmodelbuildingservice: cdktn.stringToTerraform(struct.lexmodelbuildingservice),
        lexmodels: cdktn.stringToTerraform(struct.lexmodels),
        lexmodelsv2: cdktn.stringToTerraform(struct.lexmodelsv2),
        lexv2models: cdktn.stringToTerraform(struct.lexv2Models),
        licensemanager: cdktn.stringToTerraform(struct.licensemanager),
        lightsail: cdktn.stringToTerraform(struct.lightsail),
        location: cdktn.stringToTerraform(struct.location),
        locationservice: cdktn.stringToTerraform(struct.locationservice),
        logs: cdktn.stringToTerraform(struct.logs),
        lookoutmetrics: cdktn.stringToTerraform(struct.lookoutmetrics),
        m2: cdktn.stringToTerraform(struct.m2),
        macie2: cdktn.stringToTerraform(struct.macie2),
        managedgrafana: cdktn.stringToTerraform(struct.managedgrafana),
        mediaconnect: cdktn.stringToTerraform(struct.mediaconnect),
        mediaconvert: cdktn.stringToTerraform(struct.mediaconvert),
        medialive: cdktn.stringToTerraform(struct.medialive),
        mediapackage: cdktn.stringToTerraform(struct.mediapackage),
        mediapackagev2: cdktn.stringToTerraform(struct.mediapackagev2),
        mediapackagevod: cdktn.stringToTerraform(struct.mediapackagevod),
        mediastore: cdktn.stringToTerraform(struct.mediastore),
        memorydb: cdktn.stringToTerraform(struct.memorydb),
        mgn: cdktn.stringToTerraform(struct.mgn),
        mq: cdktn.stringToTerraform(struct.mq),
        msk: cdktn.stringToTerraform(struct.msk),
        mwaa: cdktn.stringToTerraform(struct.mwaa),
        neptune: cdktn.stringToTerraform(struct.neptune),
        neptunegraph: cdktn.stringToTerraform(struct.neptunegraph),
        networkfirewall: cdktn.stringToTerraform(struct.networkfirewall),
        networkmanager: cdktn.stringToTerraform(struct.networkmanager),
        networkmonitor: cdktn.stringToTerraform(struct.networkmonitor),
        notifications: cdktn.stringToTerraform(struct.notifications),
        notificationscontacts: cdktn.stringToTerraform(struct.notificationscontacts),
        oam: cdktn.stringToTerraform(struct.oam),
        opensearch: cdktn.stringToTerraform(struct.opensearch),
        opensearchingestion: cdktn.stringToTerraform(struct.opensearchingestion),
        opensearchserverless: cdktn.stringToTerraform(struct.opensearchserverless),
        opensearchservice: cdktn.stringToTerraform(struct.opensearchservice),
        opsworks: cdktn.stringToTerraform(struct.opsworks),
        organizations: cdktn.stringToTerraform(struct.organizations),
        osis: cdktn.stringToTerraform(struct.osis),
        outposts: cdktn.stringToTerraform(struct.outposts),
        paymentcryptography: cdktn.stringToTerraform(struct.paymentcryptography),
        pcaconnectorad: cdktn.stringToTerraform(struct.pcaconnectorad),
        pcs: cdktn.stringToTerraform(struct.pcs),
        pinpoint: cdktn.stringToTerraform(struct.pinpoint),
        pinpointsmsvoicev2: cdktn.stringToTerraform(struct.pinpointsmsvoicev2),
        pipes: cdktn.stringToTerraform(struct.pipes),
        polly: cdktn.stringToTerraform(struct.polly),
        pricing: cdktn.stringToTerraform(struct.pricing),
        prometheus: cdktn.stringToTerraform(struct.prometheus),
        prometheusservice: cdktn.stringToTerraform(struct.prometheusservice),
        qbusiness: cdktn.stringToTerraform(struct.qbusiness),
        qldb: cdktn.stringToTerraform(struct.qldb),
        quicksight: cdktn.stringToTerraform(struct.quicksight),
        ram: cdktn.stringToTerraform(struct.ram),
        rbin: cdktn.stringToTerraform(struct.rbin),
        rds: cdktn.stringToTerraform(struct.rds),
        recyclebin: cdktn.stringToTerraform(struct.recyclebin),
        redshift: cdktn.stringToTerraform(struct.redshift),
        redshiftdata: cdktn.stringToTerraform(struct.redshiftdata),
        redshiftdataapiservice: cdktn.stringToTerraform(struct.redshiftdataapiservice),
        redshiftserverless: cdktn.stringToTerraform(struct.redshiftserverless),
        rekognition: cdktn.stringToTerraform(struct.rekognition),
        resiliencehub: cdktn.stringToTerraform(struct.resiliencehub),
        resourceexplorer2: cdktn.stringToTerraform(struct.resourceexplorer2),
        resourcegroups: cdktn.stringToTerraform(struct.resourcegroups),
        resourcegroupstagging: cdktn.stringToTerraform(struct.resourcegroupstagging),
        resourcegroupstaggingapi: cdktn.stringToTerraform(struct.resourcegroupstaggingapi),
        rolesanywhere: cdktn.stringToTerraform(struct.rolesanywhere),
        route53: cdktn.stringToTerraform(struct.route53),
        route53domains: cdktn.stringToTerraform(struct.route53Domains),
        route53profiles: cdktn.stringToTerraform(struct.route53Profiles),
        route53recoverycontrolconfig: cdktn.stringToTerraform(struct.route53Recoverycontrolconfig),
        route53recoveryreadiness: cdktn.stringToTerraform(struct.route53Recoveryreadiness),
        route53resolver: cdktn.stringToTerraform(struct.route53Resolver),
        rum: cdktn.stringToTerraform(struct.rum),
        s3: cdktn.stringToTerraform(struct.s3),
        s3api: cdktn.stringToTerraform(struct.s3Api),
        s3control: cdktn.stringToTerraform(struct.s3Control),
        s3outposts: cdktn.stringToTerraform(struct.s3Outposts),
        s3tables: cdktn.stringToTerraform(struct.s3Tables),
        sagemaker: cdktn.stringToTerraform(struct.sagemaker),
        scheduler: cdktn.stringToTerraform(struct.scheduler),
        schemas: cdktn.stringToTerraform(struct.schemas),
        sdb: cdktn.stringToTerraform(struct.sdb),
        secretsmanager: cdktn.stringToTerraform(struct.secretsmanager),
        securityhub: cdktn.stringToTerraform(struct.securityhub),
        securitylake: cdktn.stringToTerraform(struct.securitylake),
        serverlessapplicationrepository: cdktn.stringToTerraform(struct.serverlessapplicationrepository),
        serverlessapprepo: cdktn.stringToTerraform(struct.serverlessapprepo),
        serverlessrepo: cdktn.stringToTerraform(struct.serverlessrepo),
        servicecatalog: cdktn.stringToTerraform(struct.servicecatalog),
        servicecatalogappregistry: cdktn.stringToTerraform(struct.servicecatalogappregistry),
        servicediscovery: cdktn.stringToTerraform(struct.servicediscovery),
        servicequotas: cdktn.stringToTerraform(struct.servicequotas),
        ses: cdktn.stringToTerraform(struct.ses),
        sesv2: cdktn.stringToTerraform(struct.sesv2),
        sfn: cdktn.stringToTerraform(struct.sfn),
        shield: cdktn.stringToTerraform(struct.shield),
        signer: cdktn.stringToTerraform(struct.signer),
        simpledb: cdktn.stringToTerraform(struct.simpledb),
        sns: cdktn.stringToTerraform(struct.sns),
        sqs: cdktn.stringToTerraform(struct.sqs),
        ssm: cdktn.stringToTerraform(struct.ssm),
        ssmcontacts: cdktn.stringToTerraform(struct.ssmcontacts),
        ssmincidents: cdktn.stringToTerraform(struct.ssmincidents),
        ssmquicksetup: cdktn.stringToTerraform(struct.ssmquicksetup),
        ssmsap: cdktn.stringToTerraform(struct.ssmsap),
        sso: cdktn.stringToTerraform(struct.sso),
        ssoadmin: cdktn.stringToTerraform(struct.ssoadmin),
        stepfunctions: cdktn.stringToTerraform(struct.stepfunctions),
        storagegateway: cdktn.stringToTerraform(struct.storagegateway),
        sts: cdktn.stringToTerraform(struct.sts),
        swf: cdktn.stringToTerraform(struct.swf),
        synthetics: cdktn.stringToTerraform(struct.synthetics),
        taxsettings: cdktn.stringToTerraform(struct.taxsettings),
        timestreaminfluxdb: cdktn.stringToTerraform(struct.timestreaminfluxdb),
        timestreamquery: cdktn.stringToTerraform(struct.timestreamquery),
        timestreamwrite: cdktn.stringToTerraform(struct.timestreamwrite),
        transcribe: cdktn.stringToTerraform(struct.transcribe),
        transcribeservice: cdktn.stringToTerraform(struct.transcribeservice),
        transfer: cdktn.stringToTerraform(struct.transfer),
        verifiedpermissions: cdktn.stringToTerraform(struct.verifiedpermissions),
        vpclattice: cdktn.stringToTerraform(struct.vpclattice),
        waf: cdktn.stringToTerraform(struct.waf),
        wafregional: cdktn.stringToTerraform(struct.wafregional),
        wafv2: cdktn.stringToTerraform(struct.wafv2),
        wellarchitected: cdktn.stringToTerraform(struct.wellarchitected),
        worklink: cdktn.stringToTerraform(struct.worklink),
        workspaces: cdktn.stringToTerraform(struct.workspaces),
        workspacesweb: cdktn.stringToTerraform(struct.workspacesweb),
        xray: cdktn.stringToTerraform(struct.xray),
    };
}
function awsProviderEndpointsToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        accessanalyzer: {
            value: cdktn.stringToHclTerraform(struct.accessanalyzer),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        account: {
            value: cdktn.stringToHclTerraform(struct.account),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        acm: {
            value: cdktn.stringToHclTerraform(struct.acm),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        acmpca: {
            value: cdktn.stringToHclTerraform(struct.acmpca),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        amg: {
            value: cdktn.stringToHclTerraform(struct.amg),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        amp: {
            value: cdktn.stringToHclTerraform(struct.amp),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        amplify: {
            value: cdktn.stringToHclTerraform(struct.amplify),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        apigateway: {
            value: cdktn.stringToHclTerraform(struct.apigateway),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        apigatewayv2: {
            value: cdktn.stringToHclTerraform(struct.apigatewayv2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appautoscaling: {
            value: cdktn.stringToHclTerraform(struct.appautoscaling),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appconfig: {
            value: cdktn.stringToHclTerraform(struct.appconfig),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appfabric: {
            value: cdktn.stringToHclTerraform(struct.appfabric),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appflow: {
            value: cdktn.stringToHclTerraform(struct.appflow),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appintegrations: {
            value: cdktn.stringToHclTerraform(struct.appintegrations),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appintegrationsservice: {
            value: cdktn.stringToHclTerraform(struct.appintegrationsservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        applicationautoscaling: {
            value: cdktn.stringToHclTerraform(struct.applicationautoscaling),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        applicationinsights: {
            value: cdktn.stringToHclTerraform(struct.applicationinsights),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        applicationsignals: {
            value: cdktn.stringToHclTerraform(struct.applicationsignals),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appmesh: {
            value: cdktn.stringToHclTerraform(struct.appmesh),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appregistry: {
            value: cdktn.stringToHclTerraform(struct.appregistry),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        apprunner: {
            value: cdktn.stringToHclTerraform(struct.apprunner),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appstream: {
            value: cdktn.stringToHclTerraform(struct.appstream),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        appsync: {
            value: cdktn.stringToHclTerraform(struct.appsync),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        athena: {
            value: cdktn.stringToHclTerraform(struct.athena),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        auditmanager: {
            value: cdktn.stringToHclTerraform(struct.auditmanager),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        autoscaling: {
            value: cdktn.stringToHclTerraform(struct.autoscaling),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        autoscalingplans: {
            value: cdktn.stringToHclTerraform(struct.autoscalingplans),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        backup: {
            value: cdktn.stringToHclTerraform(struct.backup),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        batch: {
            value: cdktn.stringToHclTerraform(struct.batch),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        bcmdataexports: {
            value: cdktn.stringToHclTerraform(struct.bcmdataexports),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        beanstalk: {
            value: cdktn.stringToHclTerraform(struct.beanstalk),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        bedrock: {
            value: cdktn.stringToHclTerraform(struct.bedrock),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        bedrockagent: {
            value: cdktn.stringToHclTerraform(struct.bedrockagent),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        billing: {
            value: cdktn.stringToHclTerraform(struct.billing),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        budgets: {
            value: cdktn.stringToHclTerraform(struct.budgets),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ce: {
            value: cdktn.stringToHclTerraform(struct.ce),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        chatbot: {
            value: cdktn.stringToHclTerraform(struct.chatbot),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        chime: {
            value: cdktn.stringToHclTerraform(struct.chime),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        chimesdkmediapipelines: {
            value: cdktn.stringToHclTerraform(struct.chimesdkmediapipelines),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        chimesdkvoice: {
            value: cdktn.stringToHclTerraform(struct.chimesdkvoice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cleanrooms: {
            value: cdktn.stringToHclTerraform(struct.cleanrooms),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloud9: {
            value: cdktn.stringToHclTerraform(struct.cloud9),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudcontrol: {
            value: cdktn.stringToHclTerraform(struct.cloudcontrol),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudcontrolapi: {
            value: cdktn.stringToHclTerraform(struct.cloudcontrolapi),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudformation: {
            value: cdktn.stringToHclTerraform(struct.cloudformation),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudfront: {
            value: cdktn.stringToHclTerraform(struct.cloudfront),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudfrontkeyvaluestore: {
            value: cdktn.stringToHclTerraform(struct.cloudfrontkeyvaluestore),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudhsm: {
            value: cdktn.stringToHclTerraform(struct.cloudhsm),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudhsmv2: {
            value: cdktn.stringToHclTerraform(struct.cloudhsmv2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudsearch: {
            value: cdktn.stringToHclTerraform(struct.cloudsearch),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudtrail: {
            value: cdktn.stringToHclTerraform(struct.cloudtrail),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudwatch: {
            value: cdktn.stringToHclTerraform(struct.cloudwatch),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudwatchevents: {
            value: cdktn.stringToHclTerraform(struct.cloudwatchevents),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudwatchevidently: {
            value: cdktn.stringToHclTerraform(struct.cloudwatchevidently),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudwatchlog: {
            value: cdktn.stringToHclTerraform(struct.cloudwatchlog),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudwatchlogs: {
            value: cdktn.stringToHclTerraform(struct.cloudwatchlogs),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudwatchobservabilityaccessmanager: {
            value: cdktn.stringToHclTerraform(struct.cloudwatchobservabilityaccessmanager),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cloudwatchrum: {
            value: cdktn.stringToHclTerraform(struct.cloudwatchrum),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codeartifact: {
            value: cdktn.stringToHclTerraform(struct.codeartifact),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codebuild: {
            value: cdktn.stringToHclTerraform(struct.codebuild),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codecatalyst: {
            value: cdktn.stringToHclTerraform(struct.codecatalyst),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codecommit: {
            value: cdktn.stringToHclTerraform(struct.codecommit),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codeconnections: {
            value: cdktn.stringToHclTerraform(struct.codeconnections),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codedeploy: {
            value: cdktn.stringToHclTerraform(struct.codedeploy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codeguruprofiler: {
            value: cdktn.stringToHclTerraform(struct.codeguruprofiler),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codegurureviewer: {
            value: cdktn.stringToHclTerraform(struct.codegurureviewer),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codepipeline: {
            value: cdktn.stringToHclTerraform(struct.codepipeline),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codestarconnections: {
            value: cdktn.stringToHclTerraform(struct.codestarconnections),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        codestarnotifications: {
            value: cdktn.stringToHclTerraform(struct.codestarnotifications),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cognitoidentity: {
            value: cdktn.stringToHclTerraform(struct.cognitoidentity),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cognitoidentityprovider: {
            value: cdktn.stringToHclTerraform(struct.cognitoidentityprovider),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cognitoidp: {
            value: cdktn.stringToHclTerraform(struct.cognitoidp),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        comprehend: {
            value: cdktn.stringToHclTerraform(struct.comprehend),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        computeoptimizer: {
            value: cdktn.stringToHclTerraform(struct.computeoptimizer),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        config: {
            value: cdktn.stringToHclTerraform(struct.config),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        configservice: {
            value: cdktn.stringToHclTerraform(struct.configservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        connect: {
            value: cdktn.stringToHclTerraform(struct.connect),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        connectcases: {
            value: cdktn.stringToHclTerraform(struct.connectcases),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        controltower: {
            value: cdktn.stringToHclTerraform(struct.controltower),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        costandusagereportservice: {
            value: cdktn.stringToHclTerraform(struct.costandusagereportservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        costexplorer: {
            value: cdktn.stringToHclTerraform(struct.costexplorer),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        costoptimizationhub: {
            value: cdktn.stringToHclTerraform(struct.costoptimizationhub),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cur: {
            value: cdktn.stringToHclTerraform(struct.cur),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        customerprofiles: {
            value: cdktn.stringToHclTerraform(struct.customerprofiles),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        databasemigration: {
            value: cdktn.stringToHclTerraform(struct.databasemigration),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        databasemigrationservice: {
            value: cdktn.stringToHclTerraform(struct.databasemigrationservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        databrew: {
            value: cdktn.stringToHclTerraform(struct.databrew),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dataexchange: {
            value: cdktn.stringToHclTerraform(struct.dataexchange),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        datapipeline: {
            value: cdktn.stringToHclTerraform(struct.datapipeline),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        datasync: {
            value: cdktn.stringToHclTerraform(struct.datasync),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        datazone: {
            value: cdktn.stringToHclTerraform(struct.datazone),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dax: {
            value: cdktn.stringToHclTerraform(struct.dax),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        deploy: {
            value: cdktn.stringToHclTerraform(struct.deploy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        detective: {
            value: cdktn.stringToHclTerraform(struct.detective),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        devicefarm: {
            value: cdktn.stringToHclTerraform(struct.devicefarm),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        devopsguru: {
            value: cdktn.stringToHclTerraform(struct.devopsguru),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        directconnect: {
            value: cdktn.stringToHclTerraform(struct.directconnect),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        directoryservice: {
            value: cdktn.stringToHclTerraform(struct.directoryservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dlm: {
            value: cdktn.stringToHclTerraform(struct.dlm),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dms: {
            value: cdktn.stringToHclTerraform(struct.dms),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        docdb: {
            value: cdktn.stringToHclTerraform(struct.docdb),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        docdbelastic: {
            value: cdktn.stringToHclTerraform(struct.docdbelastic),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        drs: {
            value: cdktn.stringToHclTerraform(struct.drs),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ds: {
            value: cdktn.stringToHclTerraform(struct.ds),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dsql: {
            value: cdktn.stringToHclTerraform(struct.dsql),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dynamodb: {
            value: cdktn.stringToHclTerraform(struct.dynamodb),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ec2: {
            value: cdktn.stringToHclTerraform(struct.ec2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ecr: {
            value: cdktn.stringToHclTerraform(struct.ecr),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ecrpublic: {
            value: cdktn.stringToHclTerraform(struct.ecrpublic),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ecs: {
            value: cdktn.stringToHclTerraform(struct.ecs),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        efs: {
            value: cdktn.stringToHclTerraform(struct.efs),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        eks: {
            value: cdktn.stringToHclTerraform(struct.eks),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        elasticache: {
            value: cdktn.stringToHclTerraform(struct.elasticache),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        elasticbeanstalk: {
            value: cdktn.stringToHclTerraform(struct.elasticbeanstalk),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        elasticloadbalancing: {
            value: cdktn.stringToHclTerraform(struct.elasticloadbalancing),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        elasticloadbalancingv2: {
            value: cdktn.stringToHclTerraform(struct.elasticloadbalancingv2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        elasticsearch: {
            value: cdktn.stringToHclTerraform(struct.elasticsearch),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        elasticsearchservice: {
            value: cdktn.stringToHclTerraform(struct.elasticsearchservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        elastictranscoder: {
            value: cdktn.stringToHclTerraform(struct.elastictranscoder),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        elb: {
            value: cdktn.stringToHclTerraform(struct.elb),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        elbv2: {
            value: cdktn.stringToHclTerraform(struct.elbv2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        emr: {
            value: cdktn.stringToHclTerraform(struct.emr),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        emrcontainers: {
            value: cdktn.stringToHclTerraform(struct.emrcontainers),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        emrserverless: {
            value: cdktn.stringToHclTerraform(struct.emrserverless),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        es: {
            value: cdktn.stringToHclTerraform(struct.es),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        eventbridge: {
            value: cdktn.stringToHclTerraform(struct.eventbridge),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        events: {
            value: cdktn.stringToHclTerraform(struct.events),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        evidently: {
            value: cdktn.stringToHclTerraform(struct.evidently),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        evs: {
            value: cdktn.stringToHclTerraform(struct.evs),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        finspace: {
            value: cdktn.stringToHclTerraform(struct.finspace),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        firehose: {
            value: cdktn.stringToHclTerraform(struct.firehose),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        fis: {
            value: cdktn.stringToHclTerraform(struct.fis),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        fms: {
            value: cdktn.stringToHclTerraform(struct.fms),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        fsx: {
            value: cdktn.stringToHclTerraform(struct.fsx),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gamelift: {
            value: cdktn.stringToHclTerraform(struct.gamelift),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        glacier: {
            value: cdktn.stringToHclTerraform(struct.glacier),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        globalaccelerator: {
            value: cdktn.stringToHclTerraform(struct.globalaccelerator),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        glue: {
            value: cdktn.stringToHclTerraform(struct.glue),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gluedatabrew: {
            value: cdktn.stringToHclTerraform(struct.gluedatabrew),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        grafana: {
            value: cdktn.stringToHclTerraform(struct.grafana),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        greengrass: {
            value: cdktn.stringToHclTerraform(struct.greengrass),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        groundstation: {
            value: cdktn.stringToHclTerraform(struct.groundstation),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        guardduty: {
            value: cdktn.stringToHclTerraform(struct.guardduty),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        healthlake: {
            value: cdktn.stringToHclTerraform(struct.healthlake),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        iam: {
            value: cdktn.stringToHclTerraform(struct.iam),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        identitystore: {
            value: cdktn.stringToHclTerraform(struct.identitystore),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        imagebuilder: {
            value: cdktn.stringToHclTerraform(struct.imagebuilder),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        inspector: {
            value: cdktn.stringToHclTerraform(struct.inspector),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        inspector2: {
            value: cdktn.stringToHclTerraform(struct.inspector2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        inspectorv2: {
            value: cdktn.stringToHclTerraform(struct.inspectorv2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        internetmonitor: {
            value: cdktn.stringToHclTerraform(struct.internetmonitor),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        invoicing: {
            value: cdktn.stringToHclTerraform(struct.invoicing),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        iot: {
            value: cdktn.stringToHclTerraform(struct.iot),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        iotanalytics: {
            value: cdktn.stringToHclTerraform(struct.iotanalytics),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        iotevents: {
            value: cdktn.stringToHclTerraform(struct.iotevents),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ivs: {
            value: cdktn.stringToHclTerraform(struct.ivs),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ivschat: {
            value: cdktn.stringToHclTerraform(struct.ivschat),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        kafka: {
            value: cdktn.stringToHclTerraform(struct.kafka),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        kafkaconnect: {
            value: cdktn.stringToHclTerraform(struct.kafkaconnect),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        kendra: {
            value: cdktn.stringToHclTerraform(struct.kendra),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        keyspaces: {
            value: cdktn.stringToHclTerraform(struct.keyspaces),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        kinesis: {
            value: cdktn.stringToHclTerraform(struct.kinesis),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        kinesisanalytics: {
            value: cdktn.stringToHclTerraform(struct.kinesisanalytics),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        kinesisanalyticsv2: {
            value: cdktn.stringToHclTerraform(struct.kinesisanalyticsv2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        kinesisvideo: {
            value: cdktn.stringToHclTerraform(struct.kinesisvideo),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        kms: {
            value: cdktn.stringToHclTerraform(struct.kms),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lakeformation: {
            value: cdktn.stringToHclTerraform(struct.lakeformation),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lambda: {
            value: cdktn.stringToHclTerraform(struct.lambda),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        launchwizard: {
            value: cdktn.stringToHclTerraform(struct.launchwizard),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lex: {
            value: cdktn.stringToHclTerraform(struct.lex),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lexmodelbuilding: {
            value: cdktn.stringToHclTerraform(struct.lexmodelbuilding),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lexmodelbuildingservice: {
            value: cdktn.stringToHclTerraform(struct.lexmodelbuildingservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lexmodels: {
            value: cdktn.stringToHclTerraform(struct.lexmodels),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lexmodelsv2: {
            value: cdktn.stringToHclTerraform(struct.lexmodelsv2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lexv2models: {
            value: cdktn.stringToHclTerraform(struct.lexv2Models),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        licensemanager: {
            value: cdktn.stringToHclTerraform(struct.licensemanager),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lightsail: {
            value: cdktn.stringToHclTerraform(struct.lightsail),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        location: {
            value: cdktn.stringToHclTerraform(struct.location),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        locationservice: {
            value: cdktn.stringToHclTerraform(struct.locationservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        logs: {
            value: cdktn.stringToHclTerraform(struct.logs),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        lookoutmetrics: {
            value: cdktn.stringToHclTerraform(struct.lookoutmetrics),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        m2: {
            value: cdktn.stringToHclTerraform(struct.m2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        macie2: {
            value: cdktn.stringToHclTerraform(struct.macie2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        managedgrafana: {
            value: cdktn.stringToHclTerraform(struct.managedgrafana),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mediaconnect: {
            value: cdktn.stringToHclTerraform(struct.mediaconnect),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mediaconvert: {
            value: cdktn.stringToHclTerraform(struct.mediaconvert),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        medialive: {
            value: cdktn.stringToHclTerraform(struct.medialive),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mediapackage: {
            value: cdktn.stringToHclTerraform(struct.mediapackage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mediapackagev2: {
            value: cdktn.stringToHclTerraform(struct.mediapackagev2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mediapackagevod: {
            value: cdktn.stringToHclTerraform(struct.mediapackagevod),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mediastore: {
            value: cdktn.stringToHclTerraform(struct.mediastore),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        memorydb: {
            value: cdktn.stringToHclTerraform(struct.memorydb),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mgn: {
            value: cdktn.stringToHclTerraform(struct.mgn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mq: {
            value: cdktn.stringToHclTerraform(struct.mq),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        msk: {
            value: cdktn.stringToHclTerraform(struct.msk),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mwaa: {
            value: cdktn.stringToHclTerraform(struct.mwaa),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        neptune: {
            value: cdktn.stringToHclTerraform(struct.neptune),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        neptunegraph: {
            value: cdktn.stringToHclTerraform(struct.neptunegraph),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        networkfirewall: {
            value: cdktn.stringToHclTerraform(struct.networkfirewall),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        networkmanager: {
            value: cdktn.stringToHclTerraform(struct.networkmanager),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        networkmonitor: {
            value: cdktn.stringToHclTerraform(struct.networkmonitor),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        notifications: {
            value: cdktn.stringToHclTerraform(struct.notifications),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        notificationscontacts: {
            value: cdktn.stringToHclTerraform(struct.notificationscontacts),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        oam: {
            value: cdktn.stringToHclTerraform(struct.oam),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        opensearch: {
            value: cdktn.stringToHclTerraform(struct.opensearch),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        opensearchingestion: {
            value: cdktn.stringToHclTerraform(struct.opensearchingestion),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        opensearchserverless: {
            value: cdktn.stringToHclTerraform(struct.opensearchserverless),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        opensearchservice: {
            value: cdktn.stringToHclTerraform(struct.opensearchservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        opsworks: {
            value: cdktn.stringToHclTerraform(struct.opsworks),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        organizations: {
            value: cdktn.stringToHclTerraform(struct.organizations),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        osis: {
            value: cdktn.stringToHclTerraform(struct.osis),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        outposts: {
            value: cdktn.stringToHclTerraform(struct.outposts),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        paymentcryptography: {
            value: cdktn.stringToHclTerraform(struct.paymentcryptography),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pcaconnectorad: {
            value: cdktn.stringToHclTerraform(struct.pcaconnectorad),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pcs: {
            value: cdktn.stringToHclTerraform(struct.pcs),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pinpoint: {
            value: cdktn.stringToHclTerraform(struct.pinpoint),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pinpointsmsvoicev2: {
            value: cdktn.stringToHclTerraform(struct.pinpointsmsvoicev2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pipes: {
            value: cdktn.stringToHclTerraform(struct.pipes),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        polly: {
            value: cdktn.stringToHclTerraform(struct.polly),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pricing: {
            value: cdktn.stringToHclTerraform(struct.pricing),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        prometheus: {
            value: cdktn.stringToHclTerraform(struct.prometheus),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        prometheusservice: {
            value: cdktn.stringToHclTerraform(struct.prometheusservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        qbusiness: {
            value: cdktn.stringToHclTerraform(struct.qbusiness),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        qldb: {
            value: cdktn.stringToHclTerraform(struct.qldb),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        quicksight: {
            value: cdktn.stringToHclTerraform(struct.quicksight),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ram: {
            value: cdktn.stringToHclTerraform(struct.ram),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        rbin: {
            value: cdktn.stringToHclTerraform(struct.rbin),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        rds: {
            value: cdktn.stringToHclTerraform(struct.rds),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        recyclebin: {
            value: cdktn.stringToHclTerraform(struct.recyclebin),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        redshift: {
            value: cdktn.stringToHclTerraform(struct.redshift),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        redshiftdata: {
            value: cdktn.stringToHclTerraform(struct.redshiftdata),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        redshiftdataapiservice: {
            value: cdktn.stringToHclTerraform(struct.redshiftdataapiservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        redshiftserverless: {
            value: cdktn.stringToHclTerraform(struct.redshiftserverless),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        rekognition: {
            value: cdktn.stringToHclTerraform(struct.rekognition),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        resiliencehub: {
            value: cdktn.stringToHclTerraform(struct.resiliencehub),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        resourceexplorer2: {
            value: cdktn.stringToHclTerraform(struct.resourceexplorer2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        resourcegroups: {
            value: cdktn.stringToHclTerraform(struct.resourcegroups),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        resourcegroupstagging: {
            value: cdktn.stringToHclTerraform(struct.resourcegroupstagging),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        resourcegroupstaggingapi: {
            value: cdktn.stringToHclTerraform(struct.resourcegroupstaggingapi),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        rolesanywhere: {
            value: cdktn.stringToHclTerraform(struct.rolesanywhere),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        route53: {
            value: cdktn.stringToHclTerraform(struct.route53),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        route53domains: {
            value: cdktn.stringToHclTerraform(struct.route53Domains),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        route53profiles: {
            value: cdktn.stringToHclTerraform(struct.route53Profiles),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        route53recoverycontrolconfig: {
            value: cdktn.stringToHclTerraform(struct.route53Recoverycontrolconfig),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        route53recoveryreadiness: {
            value: cdktn.stringToHclTerraform(struct.route53Recoveryreadiness),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        route53resolver: {
            value: cdktn.stringToHclTerraform(struct.route53Resolver),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        rum: {
            value: cdktn.stringToHclTerraform(struct.rum),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        s3: {
            value: cdktn.stringToHclTerraform(struct.s3),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        s3api: {
            value: cdktn.stringToHclTerraform(struct.s3Api),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        s3control: {
            value: cdktn.stringToHclTerraform(struct.s3Control),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        s3outposts: {
            value: cdktn.stringToHclTerraform(struct.s3Outposts),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        s3tables: {
            value: cdktn.stringToHclTerraform(struct.s3Tables),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sagemaker: {
            value: cdktn.stringToHclTerraform(struct.sagemaker),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        scheduler: {
            value: cdktn.stringToHclTerraform(struct.scheduler),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        schemas: {
            value: cdktn.stringToHclTerraform(struct.schemas),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sdb: {
            value: cdktn.stringToHclTerraform(struct.sdb),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        secretsmanager: {
            value: cdktn.stringToHclTerraform(struct.secretsmanager),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        securityhub: {
            value: cdktn.stringToHclTerraform(struct.securityhub),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        securitylake: {
            value: cdktn.stringToHclTerraform(struct.securitylake),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        serverlessapplicationrepository: {
            value: cdktn.stringToHclTerraform(struct.serverlessapplicationrepository),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        serverlessapprepo: {
            value: cdktn.stringToHclTerraform(struct.serverlessapprepo),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        serverlessrepo: {
            value: cdktn.stringToHclTerraform(struct.serverlessrepo),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        servicecatalog: {
            value: cdktn.stringToHclTerraform(struct.servicecatalog),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        servicecatalogappregistry: {
            value: cdktn.stringToHclTerraform(struct.servicecatalogappregistry),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        servicediscovery: {
            value: cdktn.stringToHclTerraform(struct.servicediscovery),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        servicequotas: {
            value: cdktn.stringToHclTerraform(struct.servicequotas),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ses: {
            value: cdktn.stringToHclTerraform(struct.ses),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sesv2: {
            value: cdktn.stringToHclTerraform(struct.sesv2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sfn: {
            value: cdktn.stringToHclTerraform(struct.sfn),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        shield: {
            value: cdktn.stringToHclTerraform(struct.shield),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        signer: {
            value: cdktn.stringToHclTerraform(struct.signer),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        simpledb: {
            value: cdktn.stringToHclTerraform(struct.simpledb),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sns: {
            value: cdktn.stringToHclTerraform(struct.sns),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sqs: {
            value: cdktn.stringToHclTerraform(struct.sqs),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssm: {
            value: cdktn.stringToHclTerraform(struct.ssm),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssmcontacts: {
            value: cdktn.stringToHclTerraform(struct.ssmcontacts),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssmincidents: {
            value: cdktn.stringToHclTerraform(struct.ssmincidents),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssmquicksetup: {
            value: cdktn.stringToHclTerraform(struct.ssmquicksetup),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssmsap: {
            value: cdktn.stringToHclTerraform(struct.ssmsap),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sso: {
            value: cdktn.stringToHclTerraform(struct.sso),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssoadmin: {
            value: cdktn.stringToHclTerraform(struct.ssoadmin),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        stepfunctions: {
            value: cdktn.stringToHclTerraform(struct.stepfunctions),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        storagegateway: {
            value: cdktn.stringToHclTerraform(struct.storagegateway),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sts: {
            value: cdktn.stringToHclTerraform(struct.sts),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        swf: {
            value: cdktn.stringToHclTerraform(struct.swf),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        synthetics: {
            value: cdktn.stringToHclTerraform(struct.synthetics),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        taxsettings: {
            value: cdktn.stringToHclTerraform(struct.taxsettings),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        timestreaminfluxdb: {
            value: cdktn.stringToHclTerraform(struct.timestreaminfluxdb),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        timestreamquery: {
            value: cdktn.stringToHclTerraform(struct.timestreamquery),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        timestreamwrite: {
            value: cdktn.stringToHclTerraform(struct.timestreamwrite),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        transcribe: {
            value: cdktn.stringToHclTerraform(struct.transcribe),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        transcribeservice: {
            value: cdktn.stringToHclTerraform(struct.transcribeservice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        transfer: {
            value: cdktn.stringToHclTerraform(struct.transfer),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        verifiedpermissions: {
            value: cdktn.stringToHclTerraform(struct.verifiedpermissions),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        vpclattice: {
            value: cdktn.stringToHclTerraform(struct.vpclattice),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        waf: {
            value: cdktn.stringToHclTerraform(struct.waf),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        wafregional: {
            value: cdktn.stringToHclTerraform(struct.wafregional),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        wafv2: {
            value: cdktn.stringToHclTerraform(struct.wafv2),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        wellarchitected: {
            value: cdktn.stringToHclTerraform(struct.wellarchitected),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        worklink: {
            value: cdktn.stringToHclTerraform(struct.worklink),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        workspaces: {
            value: cdktn.stringToHclTerraform(struct.workspaces),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        workspacesweb: {
            value: cdktn.stringToHclTerraform(struct.workspacesweb),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        xray: {
            value: cdktn.stringToHclTerraform(struct.xray),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
function awsProviderIgnoreTagsToTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    return {
        key_prefixes: cdktn.listMapper(cdktn.stringToTerraform, false)(struct.keyPrefixes),
        keys: cdktn.listMapper(cdktn.stringToTerraform, false)(struct.keys),
    };
}
function awsProviderIgnoreTagsToHclTerraform(struct) {
    if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktn.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
    }
    const attrs = {
        key_prefixes: {
            value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct.keyPrefixes),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        keys: {
            value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(struct.keys),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
const index_1 = require("../provider-functions/index");
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs aws}
*/
class AwsProvider extends cdktn.TerraformProvider {
    // =================
    // STATIC PROPERTIES
    // =================
    static { this.tfResourceType = "aws"; }
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTN code for importing a AwsProvider resource upon running "cdktn plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the AwsProvider to import
    * @param importFromId The id of the existing AwsProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the AwsProvider to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "aws", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs aws} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AwsProviderConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'aws',
            terraformGeneratorMetadata: {
                providerName: 'aws',
                providerVersion: '5.100.0',
                providerVersionConstraint: '5.100.0'
            },
            terraformProviderSource: 'aws'
        });
        this._accessKey = config.accessKey;
        this._allowedAccountIds = config.allowedAccountIds;
        this._customCaBundle = config.customCaBundle;
        this._ec2MetadataServiceEndpoint = config.ec2MetadataServiceEndpoint;
        this._ec2MetadataServiceEndpointMode = config.ec2MetadataServiceEndpointMode;
        this._forbiddenAccountIds = config.forbiddenAccountIds;
        this._httpProxy = config.httpProxy;
        this._httpsProxy = config.httpsProxy;
        this._insecure = config.insecure;
        this._maxRetries = config.maxRetries;
        this._noProxy = config.noProxy;
        this._profile = config.profile;
        this._region = config.region;
        this._retryMode = config.retryMode;
        this._s3UsEast1RegionalEndpoint = config.s3UsEast1RegionalEndpoint;
        this._s3UsePathStyle = config.s3UsePathStyle;
        this._secretKey = config.secretKey;
        this._sharedConfigFiles = config.sharedConfigFiles;
        this._sharedCredentialsFiles = config.sharedCredentialsFiles;
        this._skipCredentialsValidation = config.skipCredentialsValidation;
        this._skipMetadataApiCheck = config.skipMetadataApiCheck;
        this._skipRegionValidation = config.skipRegionValidation;
        this._skipRequestingAccountId = config.skipRequestingAccountId;
        this._stsRegion = config.stsRegion;
        this._token = config.token;
        this._tokenBucketRateLimiterCapacity = config.tokenBucketRateLimiterCapacity;
        this._useDualstackEndpoint = config.useDualstackEndpoint;
        this._useFipsEndpoint = config.useFipsEndpoint;
        this._alias = config.alias;
        this._assumeRole = config.assumeRole;
        this._assumeRoleWithWebIdentity = config.assumeRoleWithWebIdentity;
        this._defaultTags = config.defaultTags;
        this._endpoints = config.endpoints;
        this._ignoreTags = config.ignoreTags;
    }
    get accessKey() {
        return this._accessKey;
    }
    set accessKey(value) {
        this._accessKey = value;
    }
    resetAccessKey() {
        this._accessKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get accessKeyInput() {
        return this._accessKey;
    }
    get allowedAccountIds() {
        return this._allowedAccountIds;
    }
    set allowedAccountIds(value) {
        this._allowedAccountIds = value;
    }
    resetAllowedAccountIds() {
        this._allowedAccountIds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowedAccountIdsInput() {
        return this._allowedAccountIds;
    }
    get customCaBundle() {
        return this._customCaBundle;
    }
    set customCaBundle(value) {
        this._customCaBundle = value;
    }
    resetCustomCaBundle() {
        this._customCaBundle = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get customCaBundleInput() {
        return this._customCaBundle;
    }
    get ec2MetadataServiceEndpoint() {
        return this._ec2MetadataServiceEndpoint;
    }
    set ec2MetadataServiceEndpoint(value) {
        this._ec2MetadataServiceEndpoint = value;
    }
    resetEc2MetadataServiceEndpoint() {
        this._ec2MetadataServiceEndpoint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ec2MetadataServiceEndpointInput() {
        return this._ec2MetadataServiceEndpoint;
    }
    get ec2MetadataServiceEndpointMode() {
        return this._ec2MetadataServiceEndpointMode;
    }
    set ec2MetadataServiceEndpointMode(value) {
        this._ec2MetadataServiceEndpointMode = value;
    }
    resetEc2MetadataServiceEndpointMode() {
        this._ec2MetadataServiceEndpointMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ec2MetadataServiceEndpointModeInput() {
        return this._ec2MetadataServiceEndpointMode;
    }
    get forbiddenAccountIds() {
        return this._forbiddenAccountIds;
    }
    set forbiddenAccountIds(value) {
        this._forbiddenAccountIds = value;
    }
    resetForbiddenAccountIds() {
        this._forbiddenAccountIds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get forbiddenAccountIdsInput() {
        return this._forbiddenAccountIds;
    }
    get httpProxy() {
        return this._httpProxy;
    }
    set httpProxy(value) {
        this._httpProxy = value;
    }
    resetHttpProxy() {
        this._httpProxy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get httpProxyInput() {
        return this._httpProxy;
    }
    get httpsProxy() {
        return this._httpsProxy;
    }
    set httpsProxy(value) {
        this._httpsProxy = value;
    }
    resetHttpsProxy() {
        this._httpsProxy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get httpsProxyInput() {
        return this._httpsProxy;
    }
    get insecure() {
        return this._insecure;
    }
    set insecure(value) {
        this._insecure = value;
    }
    resetInsecure() {
        this._insecure = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureInput() {
        return this._insecure;
    }
    get maxRetries() {
        return this._maxRetries;
    }
    set maxRetries(value) {
        this._maxRetries = value;
    }
    resetMaxRetries() {
        this._maxRetries = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxRetriesInput() {
        return this._maxRetries;
    }
    get noProxy() {
        return this._noProxy;
    }
    set noProxy(value) {
        this._noProxy = value;
    }
    resetNoProxy() {
        this._noProxy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get noProxyInput() {
        return this._noProxy;
    }
    get profile() {
        return this._profile;
    }
    set profile(value) {
        this._profile = value;
    }
    resetProfile() {
        this._profile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get profileInput() {
        return this._profile;
    }
    get region() {
        return this._region;
    }
    set region(value) {
        this._region = value;
    }
    resetRegion() {
        this._region = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get regionInput() {
        return this._region;
    }
    get retryMode() {
        return this._retryMode;
    }
    set retryMode(value) {
        this._retryMode = value;
    }
    resetRetryMode() {
        this._retryMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retryModeInput() {
        return this._retryMode;
    }
    get s3UsEast1RegionalEndpoint() {
        return this._s3UsEast1RegionalEndpoint;
    }
    set s3UsEast1RegionalEndpoint(value) {
        this._s3UsEast1RegionalEndpoint = value;
    }
    resetS3UsEast1RegionalEndpoint() {
        this._s3UsEast1RegionalEndpoint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get s3UsEast1RegionalEndpointInput() {
        return this._s3UsEast1RegionalEndpoint;
    }
    get s3UsePathStyle() {
        return this._s3UsePathStyle;
    }
    set s3UsePathStyle(value) {
        this._s3UsePathStyle = value;
    }
    resetS3UsePathStyle() {
        this._s3UsePathStyle = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get s3UsePathStyleInput() {
        return this._s3UsePathStyle;
    }
    get secretKey() {
        return this._secretKey;
    }
    set secretKey(value) {
        this._secretKey = value;
    }
    resetSecretKey() {
        this._secretKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get secretKeyInput() {
        return this._secretKey;
    }
    get sharedConfigFiles() {
        return this._sharedConfigFiles;
    }
    set sharedConfigFiles(value) {
        this._sharedConfigFiles = value;
    }
    resetSharedConfigFiles() {
        this._sharedConfigFiles = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sharedConfigFilesInput() {
        return this._sharedConfigFiles;
    }
    get sharedCredentialsFiles() {
        return this._sharedCredentialsFiles;
    }
    set sharedCredentialsFiles(value) {
        this._sharedCredentialsFiles = value;
    }
    resetSharedCredentialsFiles() {
        this._sharedCredentialsFiles = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sharedCredentialsFilesInput() {
        return this._sharedCredentialsFiles;
    }
    get skipCredentialsValidation() {
        return this._skipCredentialsValidation;
    }
    set skipCredentialsValidation(value) {
        this._skipCredentialsValidation = value;
    }
    resetSkipCredentialsValidation() {
        this._skipCredentialsValidation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get skipCredentialsValidationInput() {
        return this._skipCredentialsValidation;
    }
    get skipMetadataApiCheck() {
        return this._skipMetadataApiCheck;
    }
    set skipMetadataApiCheck(value) {
        this._skipMetadataApiCheck = value;
    }
    resetSkipMetadataApiCheck() {
        this._skipMetadataApiCheck = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get skipMetadataApiCheckInput() {
        return this._skipMetadataApiCheck;
    }
    get skipRegionValidation() {
        return this._skipRegionValidation;
    }
    set skipRegionValidation(value) {
        this._skipRegionValidation = value;
    }
    resetSkipRegionValidation() {
        this._skipRegionValidation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get skipRegionValidationInput() {
        return this._skipRegionValidation;
    }
    get skipRequestingAccountId() {
        return this._skipRequestingAccountId;
    }
    set skipRequestingAccountId(value) {
        this._skipRequestingAccountId = value;
    }
    resetSkipRequestingAccountId() {
        this._skipRequestingAccountId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get skipRequestingAccountIdInput() {
        return this._skipRequestingAccountId;
    }
    get stsRegion() {
        return this._stsRegion;
    }
    set stsRegion(value) {
        this._stsRegion = value;
    }
    resetStsRegion() {
        this._stsRegion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get stsRegionInput() {
        return this._stsRegion;
    }
    get token() {
        return this._token;
    }
    set token(value) {
        this._token = value;
    }
    resetToken() {
        this._token = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenInput() {
        return this._token;
    }
    get tokenBucketRateLimiterCapacity() {
        return this._tokenBucketRateLimiterCapacity;
    }
    set tokenBucketRateLimiterCapacity(value) {
        this._tokenBucketRateLimiterCapacity = value;
    }
    resetTokenBucketRateLimiterCapacity() {
        this._tokenBucketRateLimiterCapacity = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenBucketRateLimiterCapacityInput() {
        return this._tokenBucketRateLimiterCapacity;
    }
    get useDualstackEndpoint() {
        return this._useDualstackEndpoint;
    }
    set useDualstackEndpoint(value) {
        this._useDualstackEndpoint = value;
    }
    resetUseDualstackEndpoint() {
        this._useDualstackEndpoint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get useDualstackEndpointInput() {
        return this._useDualstackEndpoint;
    }
    get useFipsEndpoint() {
        return this._useFipsEndpoint;
    }
    set useFipsEndpoint(value) {
        this._useFipsEndpoint = value;
    }
    resetUseFipsEndpoint() {
        this._useFipsEndpoint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get useFipsEndpointInput() {
        return this._useFipsEndpoint;
    }
    get alias() {
        return this._alias;
    }
    set alias(value) {
        this._alias = value;
    }
    resetAlias() {
        this._alias = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aliasInput() {
        return this._alias;
    }
    get assumeRole() {
        return this._assumeRole;
    }
    set assumeRole(value) {
        this._assumeRole = value;
    }
    resetAssumeRole() {
        this._assumeRole = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get assumeRoleInput() {
        return this._assumeRole;
    }
    get assumeRoleWithWebIdentity() {
        return this._assumeRoleWithWebIdentity;
    }
    set assumeRoleWithWebIdentity(value) {
        this._assumeRoleWithWebIdentity = value;
    }
    resetAssumeRoleWithWebIdentity() {
        this._assumeRoleWithWebIdentity = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get assumeRoleWithWebIdentityInput() {
        return this._assumeRoleWithWebIdentity;
    }
    get defaultTags() {
        return this._defaultTags;
    }
    set defaultTags(value) {
        this._defaultTags = value;
    }
    resetDefaultTags() {
        this._defaultTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultTagsInput() {
        return this._defaultTags;
    }
    get endpoints() {
        return this._endpoints;
    }
    set endpoints(value) {
        this._endpoints = value;
    }
    resetEndpoints() {
        this._endpoints = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get endpointsInput() {
        return this._endpoints;
    }
    get ignoreTags() {
        return this._ignoreTags;
    }
    set ignoreTags(value) {
        this._ignoreTags = value;
    }
    resetIgnoreTags() {
        this._ignoreTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ignoreTagsInput() {
        return this._ignoreTags;
    }
    /**
    * Provider-defined functions of the aws provider.
    */
    get functions() {
        if (!this._functions) {
            this._functions = new index_1.AwsProviderFunctions(this.terraformResourceType);
        }
        return this._functions;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            access_key: cdktn.stringToTerraform(this._accessKey),
            allowed_account_ids: cdktn.listMapper(cdktn.stringToTerraform, false)(this._allowedAccountIds),
            custom_ca_bundle: cdktn.stringToTerraform(this._customCaBundle),
            ec2_metadata_service_endpoint: cdktn.stringToTerraform(this._ec2MetadataServiceEndpoint),
            ec2_metadata_service_endpoint_mode: cdktn.stringToTerraform(this._ec2MetadataServiceEndpointMode),
            forbidden_account_ids: cdktn.listMapper(cdktn.stringToTerraform, false)(this._forbiddenAccountIds),
            http_proxy: cdktn.stringToTerraform(this._httpProxy),
            https_proxy: cdktn.stringToTerraform(this._httpsProxy),
            insecure: cdktn.booleanToTerraform(this._insecure),
            max_retries: cdktn.numberToTerraform(this._maxRetries),
            no_proxy: cdktn.stringToTerraform(this._noProxy),
            profile: cdktn.stringToTerraform(this._profile),
            region: cdktn.stringToTerraform(this._region),
            retry_mode: cdktn.stringToTerraform(this._retryMode),
            s3_us_east_1_regional_endpoint: cdktn.stringToTerraform(this._s3UsEast1RegionalEndpoint),
            s3_use_path_style: cdktn.booleanToTerraform(this._s3UsePathStyle),
            secret_key: cdktn.stringToTerraform(this._secretKey),
            shared_config_files: cdktn.listMapper(cdktn.stringToTerraform, false)(this._sharedConfigFiles),
            shared_credentials_files: cdktn.listMapper(cdktn.stringToTerraform, false)(this._sharedCredentialsFiles),
            skip_credentials_validation: cdktn.booleanToTerraform(this._skipCredentialsValidation),
            skip_metadata_api_check: cdktn.stringToTerraform(this._skipMetadataApiCheck),
            skip_region_validation: cdktn.booleanToTerraform(this._skipRegionValidation),
            skip_requesting_account_id: cdktn.booleanToTerraform(this._skipRequestingAccountId),
            sts_region: cdktn.stringToTerraform(this._stsRegion),
            token: cdktn.stringToTerraform(this._token),
            token_bucket_rate_limiter_capacity: cdktn.numberToTerraform(this._tokenBucketRateLimiterCapacity),
            use_dualstack_endpoint: cdktn.booleanToTerraform(this._useDualstackEndpoint),
            use_fips_endpoint: cdktn.booleanToTerraform(this._useFipsEndpoint),
            alias: cdktn.stringToTerraform(this._alias),
            assume_role: cdktn.listMapper(awsProviderAssumeRoleToTerraform, true)(this._assumeRole),
            assume_role_with_web_identity: cdktn.listMapper(awsProviderAssumeRoleWithWebIdentityToTerraform, true)(this._assumeRoleWithWebIdentity),
            default_tags: cdktn.listMapper(awsProviderDefaultTagsToTerraform, true)(this._defaultTags),
            endpoints: cdktn.listMapper(awsProviderEndpointsToTerraform, true)(this._endpoints),
            ignore_tags: cdktn.listMapper(awsProviderIgnoreTagsToTerraform, true)(this._ignoreTags),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            access_key: {
                value: cdktn.stringToHclTerraform(this._accessKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            allowed_account_ids: {
                value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._allowedAccountIds),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            custom_ca_bundle: {
                value: cdktn.stringToHclTerraform(this._customCaBundle),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ec2_metadata_service_endpoint: {
                value: cdktn.stringToHclTerraform(this._ec2MetadataServiceEndpoint),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ec2_metadata_service_endpoint_mode: {
                value: cdktn.stringToHclTerraform(this._ec2MetadataServiceEndpointMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            forbidden_account_ids: {
                value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._forbiddenAccountIds),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            http_proxy: {
                value: cdktn.stringToHclTerraform(this._httpProxy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            https_proxy: {
                value: cdktn.stringToHclTerraform(this._httpsProxy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            insecure: {
                value: cdktn.booleanToHclTerraform(this._insecure),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            max_retries: {
                value: cdktn.numberToHclTerraform(this._maxRetries),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            no_proxy: {
                value: cdktn.stringToHclTerraform(this._noProxy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            profile: {
                value: cdktn.stringToHclTerraform(this._profile),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            region: {
                value: cdktn.stringToHclTerraform(this._region),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            retry_mode: {
                value: cdktn.stringToHclTerraform(this._retryMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            s3_us_east_1_regional_endpoint: {
                value: cdktn.stringToHclTerraform(this._s3UsEast1RegionalEndpoint),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            s3_use_path_style: {
                value: cdktn.booleanToHclTerraform(this._s3UsePathStyle),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            secret_key: {
                value: cdktn.stringToHclTerraform(this._secretKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            shared_config_files: {
                value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._sharedConfigFiles),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            shared_credentials_files: {
                value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._sharedCredentialsFiles),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            skip_credentials_validation: {
                value: cdktn.booleanToHclTerraform(this._skipCredentialsValidation),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            skip_metadata_api_check: {
                value: cdktn.stringToHclTerraform(this._skipMetadataApiCheck),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            skip_region_validation: {
                value: cdktn.booleanToHclTerraform(this._skipRegionValidation),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            skip_requesting_account_id: {
                value: cdktn.booleanToHclTerraform(this._skipRequestingAccountId),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            sts_region: {
                value: cdktn.stringToHclTerraform(this._stsRegion),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token: {
                value: cdktn.stringToHclTerraform(this._token),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_bucket_rate_limiter_capacity: {
                value: cdktn.numberToHclTerraform(this._tokenBucketRateLimiterCapacity),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            use_dualstack_endpoint: {
                value: cdktn.booleanToHclTerraform(this._useDualstackEndpoint),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            use_fips_endpoint: {
                value: cdktn.booleanToHclTerraform(this._useFipsEndpoint),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            alias: {
                value: cdktn.stringToHclTerraform(this._alias),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            assume_role: {
                value: cdktn.listMapperHcl(awsProviderAssumeRoleToHclTerraform, true)(this._assumeRole),
                isBlock: true,
                type: "list",
                storageClassType: "AwsProviderAssumeRoleList",
            },
            assume_role_with_web_identity: {
                value: cdktn.listMapperHcl(awsProviderAssumeRoleWithWebIdentityToHclTerraform, true)(this._assumeRoleWithWebIdentity),
                isBlock: true,
                type: "list",
                storageClassType: "AwsProviderAssumeRoleWithWebIdentityList",
            },
            default_tags: {
                value: cdktn.listMapperHcl(awsProviderDefaultTagsToHclTerraform, true)(this._defaultTags),
                isBlock: true,
                type: "list",
                storageClassType: "AwsProviderDefaultTagsList",
            },
            endpoints: {
                value: cdktn.listMapperHcl(awsProviderEndpointsToHclTerraform, true)(this._endpoints),
                isBlock: true,
                type: "set",
                storageClassType: "AwsProviderEndpointsList",
            },
            ignore_tags: {
                value: cdktn.listMapperHcl(awsProviderIgnoreTagsToHclTerraform, true)(this._ignoreTags),
                isBlock: true,
                type: "list",
                storageClassType: "AwsProviderIgnoreTagsList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.AwsProvider = AwsProvider;
